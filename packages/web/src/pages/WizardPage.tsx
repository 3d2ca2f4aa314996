import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import { toProblem } from '../api/problem.ts';
import type { ProblemDocument, Question } from '../api/types.ts';
import { Link, navigate } from '../app/router.tsx';
import { canEdit, useSession } from '../app/session.tsx';
import { useAsync } from '../app/use-async.ts';
import { ProblemView } from '../components/ProblemView.tsx';
import { Cite, Loading } from '../components/Status.tsx';
import { provisionLabel } from '../lib/citations.ts';
import { enumValuesByFact } from '../lib/schema-enums.ts';
import { answer, back, choiceOptions, hasChoices, type ChoiceOption, currentQuestion, inputKind, parseAnswer, remaining, skip, startWizard, type WizardState } from '../lib/wizard.ts';
import { NotFoundOr } from './ProductPage.tsx';
import { ProductNav } from './ProductNav.tsx';
import { useActUrls, useProduct } from './use-product.ts';

export default function WizardPage({ orgId, productId }: { orgId: string; productId: string }) {
  const { org, scenarios } = useSession();
  const product = useProduct(orgId, productId);
  const actUrls = useActUrls();
  // The full list of allowed values per fact; the engine's answers only cover the decisive ones.
  const schemaEnums = useAsync(async () => enumValuesByFact(await api.profileSchema()), []);
  const [state, setState] = useState<WizardState | undefined>();
  const [questions, setQuestions] = useState<Question[] | undefined>();
  const [problem, setProblem] = useState<ProblemDocument | undefined>();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<number | undefined>();

  useEffect(() => {
    if (product.data && !state) setState(startWizard(product.data.latest.profile));
  }, [product.data, state]);

  const profile = state?.profile;
  const asked = useAsync(async () => (profile ? api.questions(profile, { scenarios }) : undefined), [profile, scenarios]);
  useEffect(() => {
    if (asked.data) setQuestions(asked.data.questions);
  }, [asked.data]);

  if (product.error) return <NotFoundOr problem={product.error} />;
  if (!product.data || !state) return <Loading what="the product" />;

  const q = questions ? currentQuestion(questions, state) : undefined;
  const left = questions ? remaining(questions, state) : 0;
  const dirty = state.history.length > 0;

  const save = async () => {
    setSaving(true);
    setProblem(undefined);
    try {
      const v = await api.saveVersion(orgId, productId, {
        profile: state.profile,
        note: `Answered ${state.history.length} question(s) in the web app`,
        expectedVersion: product.data?.product.latestVersion ?? 0,
      });
      setSaved(v.version);
      product.reload();
      setState(startWizard(state.profile));
    } catch (e) {
      setProblem(toProblem(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <h1>Profile questions: {product.data.product.name}</h1>
      <ProductNav orgId={orgId} productId={productId} current="/wizard" name={product.data.product.name} />
      <p className="muted">
        Only questions whose answer changes a verdict or an obligation are asked. Unknown facts are never read as “no”: skip what you do not know and come back later — saved answers stay, and the wizard resumes with what is still open.
      </p>
      <ProblemView problem={asked.error ?? problem} />
      {saved ? (
        <p role="status" className="ok">
          Saved as profile version {saved}. <Link href={`/orgs/${orgId}/products/${productId}/results`}>See the results</Link>
        </p>
      ) : null}
      <p aria-live="polite" id="wizard-progress">
        {questions ? (left > 0 ? `${left} question${left === 1 ? '' : 's'} still open.` : 'No open question changes the result any more.') : 'Working out which questions matter…'}
        {state.history.length > 0 ? ` ${state.history.length} answered since the last save.` : ''}
      </p>
      {q ? (
        <QuestionCard
          key={q.fact}
          question={q}
          actUrls={actUrls.data ?? new Map<string, string>()}
          allowedValues={schemaEnums.data?.get(q.fact) ?? []}
          onAnswer={(value) => setState(answer(state, q.fact, value))}
          onSkip={() => setState(skip(state, q.fact))}
          onBack={dirty ? () => setState(back(state)) : undefined}
        />
      ) : questions ? (
        <div className="card">
          <p>
            <strong>{left === 0 && state.skipped.length === 0 ? 'All done.' : 'Nothing more to ask in this sitting.'}</strong>{' '}
            {state.skipped.length > 0 ? `You skipped ${state.skipped.length}; they stay unknown and verdicts that depend on them stay open.` : ''}
          </p>
          {state.skipped.length > 0 ? (
            <button type="button" className="secondary" onClick={() => setState({ ...state, skipped: [] })}>
              Ask the skipped questions again
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="actions">
        {canEdit(org) ? (
          <button type="button" onClick={() => void save()} disabled={!dirty || saving}>
            {saving ? 'Saving…' : `Save answers as version ${product.data.product.latestVersion + 1}`}
          </button>
        ) : (
          <span className="muted">Viewers cannot save answers.</span>
        )}
        <button
          type="button"
          className="secondary"
          onClick={() => {
            if (!dirty || window.confirm('Leave without saving your answers?')) navigate(`/orgs/${orgId}/products/${productId}/results`);
          }}
        >
          See results
        </button>
      </div>
    </>
  );
}

function QuestionCard({
  question,
  actUrls,
  allowedValues,
  onAnswer,
  onSkip,
  onBack,
}: {
  question: Question;
  actUrls: ReadonlyMap<string, string>;
  allowedValues: readonly unknown[];
  onAnswer: (value: unknown) => void;
  onSkip: () => void;
  onBack?: () => void;
}) {
  const kind = inputKind(question);
  const options = useMemo(() => choiceOptions(question, allowedValues), [question, allowedValues]);
  const someNotDecisive = options.some((o) => !o.decisive);
  const allDecisive = options.length > 0 && !someNotDecisive;
  const [value, setValue] = useState<string>('');
  const [multi, setMulti] = useState<string[]>([]);
  const [error, setError] = useState<string | undefined>();
  const id = `q-${question.fact.replace(/\W/g, '-')}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseAnswer(question, kind === 'multi' ? multi : value);
    if ('error' in parsed) setError(parsed.error);
    else onAnswer(parsed.value);
  };

  return (
    <form className="card stack question" onSubmit={submit} aria-labelledby={`${id}-label`}>
      <h2 id={`${id}-label`}>{question.question}</h2>
      {question.help ? <p className="muted">{question.help}</p> : null}
      <div className="why">
        <strong>Why this matters:</strong> the answer can change{' '}
        {question.affects && question.affects.length > 0 ? `whether ${question.affects.map((a) => a.toUpperCase()).join(', ')} appl${question.affects.length === 1 ? 'ies' : 'y'}` : 'obligations'}
        {question.cite ? (
          <>
            {' '}
            — see <Cite citation={provisionLabel(question.cite)} url={question.url ?? actUrls.get(question.cite.split(':')[0] ?? '')} />
          </>
        ) : null}
        .
        {question.answers && question.answers.length > 0 && !hasChoices(question) ? (
          <ul className="impacts">
            {question.answers.slice(0, 6).map((a, i) => (
              <li key={i}>
                <em>{a.label}</em>: {a.verdicts?.map((v) => `${v.act.toUpperCase()} ${v.verdict}`).join(', ') || 'same verdicts'}
                {a.obligationChanges ? `; ${a.obligationChanges} obligation change${a.obligationChanges === 1 ? '' : 's'}` : ''}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {hasChoices(question) && options.length > 0 ? (
        <p className="muted small">
          Every allowed value is listed, each with what it would change.{' '}
          {allDecisive ? 'Each of them changes the result.' : 'Those marked “changes the result” change a verdict or an obligation; the others are recorded as facts and leave the result as it is.'}
        </p>
      ) : null}
      <fieldset>
        <legend className="sr-only">{question.question}</legend>
        {kind === 'boolean' ? (
          <div className="choices">
            {['true', 'false'].map((v) => (
              <label key={v} className="check">
                <input type="radio" name={id} value={v} checked={value === v} onChange={() => setValue(v)} /> {v === 'true' ? 'Yes' : 'No'}
              </label>
            ))}
          </div>
        ) : kind === 'choice' ? (
          <div className="choices">
            {options.map((o) => (
              <label key={o.value} className="check">
                <input type="radio" name={id} value={o.value} checked={value === o.value} onChange={() => setValue(o.value)} />{' '}
                <span>
                  {o.label}
                  <OptionImpact option={o} marked={someNotDecisive} />
                </span>
              </label>
            ))}
          </div>
        ) : kind === 'multi' ? (
          <div className="choices">
            {options.map((o) => (
              <label key={o.value} className="check">
                <input
                  type="checkbox"
                  value={o.value}
                  checked={multi.includes(o.value)}
                  onChange={(e) => setMulti(e.target.checked ? [...multi, o.value] : multi.filter((x) => x !== o.value))}
                />{' '}
                <span>
                  {o.label}
                  <OptionImpact option={o} marked={someNotDecisive} />
                </span>
              </label>
            ))}
            <p className="muted small">Tick all that apply; none ticked means “none of these”.</p>
          </div>
        ) : (
          <label>
            Answer
            <input
              type={kind === 'number' ? 'number' : kind === 'date' ? 'date' : 'text'}
              min={kind === 'number' ? 0 : undefined}
              value={value}
              onChange={(e) => setValue(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-err` : undefined}
            />
          </label>
        )}
      </fieldset>
      {error ? (
        <p id={`${id}-err`} role="alert" className="error">
          <code>/{question.fact.replaceAll('.', '/')}</code>: {error}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit">Answer</button>
        <button type="button" className="secondary" onClick={onSkip}>
          I don't know yet — skip
        </button>
        {onBack ? (
          <button type="button" className="secondary" onClick={onBack}>
            Undo last answer
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** What choosing this value would change; decisive values are marked once the list also holds values that are not. */
function OptionImpact({ option, marked }: { option: ChoiceOption; marked: boolean }) {
  return (
    <>
      {marked && option.decisive ? <span className="badge v-applies-from decisive">changes the result</span> : null}
      {option.impact ? <span className="muted small option-impact"> — {option.impact}</span> : null}
    </>
  );
}
