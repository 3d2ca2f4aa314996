import { actLabel, classifierLabel } from '@iomt/core/labels';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import { toProblem } from '../api/problem.ts';
import type { ProblemDocument, Question } from '../api/types.ts';
import { Link, useLeaveGuard } from '../app/router.tsx';
import { canEdit, useSession } from '../app/session.tsx';
import { useAsync } from '../app/use-async.ts';
import { ProblemView } from '../components/ProblemView.tsx';
import { Cite, Loading } from '../components/Status.tsx';
import { factValueText, type FactIndex } from '../lib/fact-words.ts';
import { enumValuesByFact } from '../lib/schema-enums.ts';
import {
  answerShown,
  back,
  choiceOptions,
  type ChoiceOption,
  currentList,
  displayedQuestion,
  hasChoices,
  impactText,
  inputKind,
  parseAnswer,
  type QuestionList,
  remaining,
  type ShownQuestion,
  skipShown,
  startWizard,
  type WizardState,
} from '../lib/wizard.ts';
import { dropDraft, loadDraft, storeDraft } from '../lib/wizard-draft.ts';
import { useVocabulary } from '../app/use-vocabulary.ts';
import { NotFoundOr } from './ProductPage.tsx';
import { ProductNav } from './ProductNav.tsx';
import { useProduct } from './use-product.ts';

export default function WizardPage({ orgId, productId }: { orgId: string; productId: string }) {
  const { org, scenarios } = useSession();
  const product = useProduct(orgId, productId);
  const facts = useVocabulary();
  // The full list of allowed values per fact; the engine's answers only cover the decisive ones.
  const schemaEnums = useAsync(async () => enumValuesByFact(await api.profileSchema()), []);
  const [state, setStateValue] = useState<WizardState | undefined>();
  const [restored, setRestored] = useState(0);
  const [list, setList] = useState<QuestionList | undefined>();
  const [askProblem, setAskProblem] = useState<ProblemDocument | undefined>();
  const [refusal, setRefusal] = useState<string | undefined>();
  const [problem, setProblem] = useState<ProblemDocument | undefined>();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<number | undefined>();
  // Handlers read the newest state and list, not the ones of the render that drew the button:
  // two clicks before React re-renders must not both pass for the same question.
  const stateRef = useRef(state);
  const listRef = useRef(list);
  listRef.current = list;
  const baseVersion = product.data?.product.latestVersion ?? 0;
  const setState = (next: WizardState) => {
    stateRef.current = next;
    setStateValue(next);
    storeDraft(orgId, productId, baseVersion, next);
  };

  useEffect(() => {
    if (!product.data || stateRef.current) return;
    const draft = loadDraft(orgId, productId, product.data.product.latestVersion);
    const start = draft ?? startWizard(product.data.latest.profile);
    stateRef.current = start;
    setStateValue(start);
    setRestored(draft ? draft.history.length : 0);
  }, [product.data, orgId, productId]);

  const profile = state?.profile;
  const scenarioKey = scenarios.join(',');
  useEffect(() => {
    if (!profile) return;
    let live = true;
    setAskProblem(undefined);
    api.questions(profile, { scenarios }).then(
      (r) => {
        if (live) setList({ profile, scenarios: scenarioKey, questions: r.questions });
      },
      (e: unknown) => {
        if (live) setAskProblem(toProblem(e));
      },
    );
    return () => {
      live = false;
    };
    // scenarios is read through its key: a new array with the same ids asks nothing new.
  }, [profile, scenarioKey]);

  const dirty = (state?.history.length ?? 0) > 0;
  useLeaveGuard(dirty ? 'Your answers are not saved yet. Leave anyway? (They stay in this tab and are offered back when you return.)' : undefined);

  if (product.error) return <NotFoundOr problem={product.error} />;
  if (!product.data || !state) return <Loading what="the product" />;

  const current = currentList(list, state, scenarios);
  const shown = displayedQuestion(list, state, scenarios);
  const q = shown ? current?.questions.find((x) => x.fact === shown.fact) : undefined;
  const left = current ? remaining(current.questions, state) : 0;

  const onAnswer = (at: ShownQuestion, value: unknown) => {
    const s = stateRef.current;
    if (!s) return;
    const r = answerShown(s, listRef.current, scenarios, at, value);
    if ('refused' in r) {
      setRefusal(r.refused);
      return;
    }
    setRefusal(undefined);
    setSaved(undefined);
    setState(r.state);
  };
  const onSkip = (at: ShownQuestion) => {
    const s = stateRef.current;
    if (s) setState(skipShown(s, listRef.current, scenarios, at));
  };

  const save = async () => {
    setSaving(true);
    setProblem(undefined);
    try {
      const v = await api.saveVersion(orgId, productId, {
        profile: state.profile,
        note: `Answered ${state.history.length} question${state.history.length === 1 ? '' : 's'} in the web app`,
        expectedVersion: product.data?.product.latestVersion ?? 0,
      });
      dropDraft(orgId, productId);
      setSaved(v.version);
      setRestored(0);
      const fresh = startWizard(state.profile);
      stateRef.current = fresh;
      setStateValue(fresh);
      product.reload();
    } catch (e) {
      setProblem(toProblem(e));
    } finally {
      setSaving(false);
    }
  };

  const discard = () => {
    dropDraft(orgId, productId);
    const fresh = startWizard(product.data?.latest.profile ?? {});
    stateRef.current = fresh;
    setStateValue(fresh);
    setRestored(0);
  };

  return (
    <>
      <h1>Profile questions: {product.data.product.name}</h1>
      <ProductNav orgId={orgId} productId={productId} current="/wizard" name={product.data.product.name} />
      <p className="muted">
        Only questions whose answer changes a verdict, an obligation or a classification are asked. Unknown facts are never read as “no”: skip what you do not know and come back later. To correct a fact already answered, use{' '}
        <Link href={`/orgs/${orgId}/products/${productId}/facts`}>Edit facts</Link>.
      </p>
      <ProblemView problem={askProblem ?? problem} />
      {restored > 0 && dirty ? (
        <p role="status" className="notice">
          {restored} unsaved answer{restored === 1 ? ' was' : 's were'} kept from before you left this page.{' '}
          <button type="button" className="link" onClick={discard}>
            Discard {restored === 1 ? 'it' : 'them'}
          </button>
        </p>
      ) : null}
      {saved ? (
        <p role="status" className="ok">
          Saved as profile version {saved}. <Link href={`/orgs/${orgId}/products/${productId}/results`}>See the results</Link>
        </p>
      ) : null}
      <p aria-live="polite" id="wizard-progress">
        {current ? (left > 0 ? `${left} question${left === 1 ? '' : 's'} still open.` : state.skipped.length > 0 ? 'Only skipped questions are left.' : 'Every verdict, obligation and classification that a question can settle is settled.') : 'Working out which questions matter…'}
        {state.history.length > 0 ? ` ${state.history.length} answered since the last save.` : ''}
      </p>
      {refusal ? (
        <p role="alert" className="notice">
          {refusal}
        </p>
      ) : null}
      {q && shown ? (
        <QuestionCard
          key={`${q.fact}@${state.history.length}`}
          question={q}
          facts={facts}
          allowedValues={schemaEnums.data?.get(q.fact) ?? []}
          onAnswer={(value) => onAnswer(shown, value)}
          onSkip={() => onSkip(shown)}
          onBack={dirty ? () => setState(back(state)) : undefined}
        />
      ) : current ? (
        <div className="card">
          <p>
            <strong>{state.skipped.length === 0 ? 'Nothing more to ask.' : 'Nothing more to ask in this sitting.'}</strong>{' '}
            {state.skipped.length > 0
              ? `You skipped ${state.skipped.length}; they stay unknown, and what depends on them stays open.`
              : 'No verdict, obligation or classification is open for want of a fact that could be asked.'}
          </p>
          {state.skipped.length > 0 ? (
            <button type="button" className="secondary" onClick={() => setState({ ...state, skipped: [] })}>
              Ask the skipped questions again
            </button>
          ) : null}
        </div>
      ) : (
        <div className="card" aria-busy="true">
          <p className="muted">Working out the next question…</p>
        </div>
      )}
      <div className="actions">
        {canEdit(org) ? (
          <button type="button" onClick={() => void save()} disabled={!dirty || saving}>
            {saving ? 'Saving…' : `Save answers as version ${product.data.product.latestVersion + 1}`}
          </button>
        ) : (
          <span className="muted">Viewers cannot save answers.</span>
        )}
        <Link className="button secondary" href={`/orgs/${orgId}/products/${productId}/results`}>
          See results
        </Link>
      </div>
    </>
  );
}

function QuestionCard({
  question,
  facts,
  allowedValues,
  onAnswer,
  onSkip,
  onBack,
}: {
  question: Question;
  facts: FactIndex | undefined;
  allowedValues: readonly unknown[];
  onAnswer: (value: unknown) => void;
  onSkip: () => void;
  onBack?: () => void;
}) {
  const kind = inputKind(question);
  const options = useMemo(
    () => choiceOptions(question, allowedValues, (v) => facts?.get(question.fact)?.values?.find((x) => x.value === v)?.label),
    [question, allowedValues, facts],
  );
  const someNotDecisive = options.some((o) => !o.decisive);
  const allDecisive = options.length > 0 && !someNotDecisive;
  const [value, setValue] = useState<string>('');
  const [sent, setSent] = useState(false);
  const [multi, setMulti] = useState<string[]>([]);
  const [error, setError] = useState<string | undefined>();
  const id = `q-${question.fact.replace(/\W/g, '-')}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseAnswer(question, kind === 'multi' ? multi : value);
    if ('error' in parsed) setError(parsed.error);
    else {
      // One answer per displayed question: the card is replaced once the next list arrives.
      setSent(true);
      onAnswer(parsed.value);
    }
  };

  return (
    <form className="card stack question" onSubmit={submit} aria-labelledby={`${id}-label`}>
      <h2 id={`${id}-label`}>{question.question}</h2>
      {question.help ? <p className="muted">{question.help}</p> : null}
      <div className="why">
        <strong>Why this matters:</strong> the answer can change{' '}
        {whatItChanges(question)}
        {question.cite ? (
          <>
            {' '}
            — see <Cite cite={question.cite} />
          </>
        ) : null}
        .
        {question.answers && question.answers.length > 0 && !hasChoices(question) ? (
          <ul className="impacts">
            {question.answers.slice(0, 6).map((a, i) => (
              <li key={i}>
                <em>{factValueText(question.fact, a.value, facts) === String(a.value) ? a.label : factValueText(question.fact, a.value, facts)}</em>: {impactText(a)}
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
          {error}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" disabled={sent}>
          Answer
        </button>
        <button type="button" className="secondary" onClick={onSkip} disabled={sent}>
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

/** "whether the CRA and the RED apply, the MDR risk class" — what the answer can change, in words. */
function whatItChanges(question: Question): string {
  const acts = (question.affects ?? []).filter((a) => (question.answers ?? []).some((x) => x.verdicts?.some((v) => v.act === a)));
  const parts: string[] = [];
  if (acts.length > 0) parts.push(`whether ${acts.map(actLabel).join(', ')} appl${acts.length === 1 ? 'ies' : 'y'}`);
  if ((question.answers ?? []).some((a) => (a.obligationChanges ?? 0) > 0)) parts.push('obligations');
  const classifies = question.classifies ?? [];
  if (classifies.length > 0) parts.push(`the ${classifies.map(classifierLabel).join(', ')}`);
  return parts.length > 0 ? parts.join('; ') : 'obligations';
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
