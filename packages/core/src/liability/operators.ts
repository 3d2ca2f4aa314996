/**
 * Who is liable, and in which order: manufacturers and those treated as such first; for a
 * manufacturer outside the Union, its importer and authorised representative, or failing
 * both the fulfilment service provider; distributors and online platforms only subsidiarily.
 */
import { reason } from '../lifecycle/trace.ts';
import type { Reason } from '../lifecycle/trace.ts';
import type { LiabilityOperator } from './case.ts';
import { byRegime, tri } from './context.ts';
import type { Ctx } from './context.ts';
import type { OperatorLiability, Tri } from './types.ts';

const any = (xs: Tri[]): Tri => (xs.includes(true) ? true : xs.includes('unknown') ? 'unknown' : false);

export function liableOperators(ctx: Ctx): OperatorLiability[] {
  const ops = ctx.c.operators ?? [];
  if (ops.length === 0) {
    ctx.ask('operators', 'Which economic operators were involved (manufacturer, importer, authorised representative, fulfilment service provider, distributor, online platform, component makers, a modifier), and where is each established?', 'Liability attaches to economic operators in a fixed order.');
    return [];
  }
  const old = ctx.regime === 'pld-1985';
  const makers = ops.filter((o) => o.role === 'manufacturer');
  // The manufacturer is "outside the Union" only if every named manufacturer is.
  const makerInEu: Tri = makers.length === 0 ? 'unknown' : any(makers.map((m) => tri(m.establishedInEu)));
  if (makers.some((m) => m.establishedInEu === undefined || m.establishedInEu === null)) {
    ctx.ask('operators.manufacturer.establishedInEu', 'Is the manufacturer established in the EU?', 'For a manufacturer outside the Union, its importer, authorised representative or fulfilment service provider answers in the Union.');
  }
  const out: OperatorLiability[] = [];
  const push = (o: LiabilityOperator, tier: 1 | 2 | 3, liable: Tri, reasons: Reason[]) => out.push({ name: o.name, role: o.role, tier, liable, reasons });

  for (const o of ops) {
    switch (o.role) {
      case 'manufacturer':
        push(o, 1, true, [reason(old ? 'The producer of the finished product, or whoever presents itself as producer by its name or trademark, is liable.' : 'The manufacturer of the defective product is liable, including whoever presents itself as manufacturer by name or trademark, wherever it is established.', byRegime(ctx, ['pld-1985:art-3(1)'], ['pld-2024:art-8(1)', 'pld-2024:art-4(10)']))]);
        break;
      case 'component-manufacturer': {
        const defective = tri(o.componentDefective);
        const control = old ? true : tri(o.componentWithinControl);
        const liable: Tri = defective === false || control === false ? false : defective === true && control === true ? true : 'unknown';
        if (defective === 'unknown') ctx.ask(`operators.${o.name}.componentDefective`, `Was the component of ${o.name} defective, and did it make the product defective?`, 'A component maker answers only for its defective component.');
        push(o, 1, liable, [reason(old
          ? 'The producer of a defective component is liable as a producer.'
          : 'The manufacturer of a defective component, integrated into or inter-connected with the product under the manufacturer’s control, is liable alongside the manufacturer; a related service or software can be such a component.', byRegime(ctx, ['pld-1985:art-3(1)'], ['pld-2024:art-8(1)', 'pld-2024:art-4(4)']))]);
        break;
      }
      case 'substantial-modifier': {
        const outside = tri(o.modifiedOutsideManufacturerControl);
        push(o, 1, old ? 'unknown' : outside, [reason(old
          ? 'Directive 85/374 has no rule on substantial modification; whether the modifier is a producer of a new product is for national law.'
          : outside === false
            ? 'A modification within the original manufacturer’s control leaves the liability with that manufacturer.'
            : 'Whoever substantially modifies a product outside the manufacturer’s control and then makes it available or puts it into service is treated as its manufacturer.', byRegime(ctx, ['pld-1985:art-3(1)'], ['pld-2024:art-8(2)', 'pld-2024:art-4(18)']))]);
        break;
      }
      case 'importer':
        push(o, 2, old ? true : makerInEu === 'unknown' ? 'unknown' : !makerInEu, [reason(old
          ? 'Whoever imports the product into the Community for sale, hire or other distribution is liable as a producer.'
          : 'Where the manufacturer is established outside the Union, the importer is liable, without prejudice to the manufacturer’s liability.', byRegime(ctx, ['pld-1985:art-3(2)'], ['pld-2024:art-8(1)']))]);
        break;
      case 'authorised-representative':
        push(o, 2, old ? false : makerInEu === 'unknown' ? 'unknown' : !makerInEu, [reason(old
          ? 'Directive 85/374 does not make an authorised representative liable.'
          : 'Where the manufacturer is established outside the Union, its authorised representative is liable alongside the importer.', byRegime(ctx, ['pld-1985:art-3(1)'], ['pld-2024:art-8(1)']))]);
        break;
      case 'fulfilment-service-provider': {
        const standIns = ops.filter((x) => (x.role === 'importer' || x.role === 'authorised-representative') && x.establishedInEu !== false);
        const liable: Tri = old ? false : makerInEu === true ? false : standIns.length > 0 ? false : makerInEu === false ? true : 'unknown';
        push(o, 2, liable, [reason(old
          ? 'Directive 85/374 does not make a fulfilment service provider liable as such; it may be a supplier under Art 3(3).'
          : 'Where the manufacturer is outside the Union and neither an importer nor an authorised representative is established in the Union, the fulfilment service provider is liable.', byRegime(ctx, ['pld-1985:art-3(3)'], ['pld-2024:art-8(1)']))]);
        break;
      }
      case 'distributor':
      case 'online-platform':
        out.push(subsidiary(ctx, o, ops, makerInEu));
        break;
    }
  }
  return out.sort((a, b) => a.tier - b.tier);
}

/**
 * Whether this operator is a liable operator established in the Union. An importer, authorised
 * representative or fulfilment service provider in the Union settles it whichever way the
 * manufacturer's seat turns out: if the manufacturer is in the Union, it is the one identified.
 */
function euLiable(x: LiabilityOperator): Tri {
  switch (x.role) {
    case 'importer':
    case 'authorised-representative':
    case 'fulfilment-service-provider':
      return x.establishedInEu !== false;
    case 'component-manufacturer':
      return x.componentDefective === true ? tri(x.establishedInEu) : false;
    case 'substantial-modifier':
      return x.modifiedOutsideManufacturerControl === true ? tri(x.establishedInEu) : false;
    default:
      return tri(x.establishedInEu);
  }
}

function subsidiary(ctx: Ctx, o: LiabilityOperator, ops: readonly LiabilityOperator[], makerInEu: Tri): OperatorLiability {
  const old = ctx.regime === 'pld-1985';
  const platform = o.role === 'online-platform';
  const reasons: Reason[] = [];
  // Is there someone liable in the Union to turn to first?
  const euFirst = ops.filter((x) => x !== o && (x.role === 'manufacturer' || x.role === 'importer' || x.role === 'authorised-representative' || x.role === 'fulfilment-service-provider' || x.role === 'substantial-modifier' || x.role === 'component-manufacturer'));
  const euIdentified: Tri = old
    ? (ops.some((x) => x.role === 'manufacturer') && (makerInEu === true || ops.some((x) => x.role === 'importer')) ? true : ops.some((x) => x.role === 'manufacturer') && makerInEu === 'unknown' ? 'unknown' : false)
    : any(euFirst.map((x) => euLiable(x)));
  const named = tri(o.identifiedSupplierWithinMonth);
  let liable: Tri;
  if (euIdentified === true) {
    liable = false;
    reasons.push(reason(old ? 'The producer (and, for an imported product, the importer) can be identified, so the supplier is not liable.' : 'A liable economic operator established in the Union can be identified, so distributors and platforms are not liable.', byRegime(ctx, ['pld-1985:art-3(3)'], ['pld-2024:art-8(3)'])));
  } else {
    if (named === 'unknown') ctx.ask(`operators.${o.name}.identifiedSupplierWithinMonth`, `Did ${o.name} name a liable operator or its own supplier within ${old ? 'a reasonable time' : 'one month'} of the claimant’s request?`, 'A distributor or platform escapes liability by naming them in time.');
    liable = named === true ? false : euIdentified === false && named === false ? true : 'unknown';
    reasons.push(reason(old
      ? 'Where the producer cannot be identified, each supplier is treated as its producer unless it informs the injured person, within a reasonable time, of the identity of the producer or of whoever supplied it.'
      : 'Where no liable economic operator established in the Union can be identified, each distributor is liable if, within one month of the claimant’s request, it fails to identify such an operator or the person who supplied it.', byRegime(ctx, ['pld-1985:art-3(3)'], ['pld-2024:art-8(3)'])));
  }
  if (platform) {
    const trader = tri(o.presentsAsTrader);
    if (old) {
      reasons.push(reason('Whether an online platform is a “supplier” under 85/374 is not settled.', ['pld-1985:art-3(3)'], 'Not decided for platforms under 85/374.'));
      if (liable === true) liable = 'unknown';
    } else {
      if (trader === 'unknown' && liable !== false) ctx.ask(`operators.${o.name}.presentsAsTrader`, `Does ${o.name} present the product or enable the transaction so that an average consumer believes the platform (or a trader under its authority) supplies it?`, 'Only then is a platform treated as a distributor (DSA Art 6(3)).');
      if (trader === false) liable = false;
      else if (trader === 'unknown' && liable === true) liable = 'unknown';
      reasons.push(reason(trader === false
        ? 'The platform does not present the product as its own or as supplied under its authority, so it keeps its hosting exemption and is not treated as a distributor.'
        : 'An online platform that lets consumers conclude distance contracts is liable like a distributor where it presents the product or enables the transaction in the way DSA Art 6(3) describes.', ['pld-2024:art-8(4)']));
    }
  }
  return { name: o.name, role: o.role, tier: 3, liable, reasons };
}
