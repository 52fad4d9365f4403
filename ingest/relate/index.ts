/**
 * relate: typed relationships from sentence-level evidence, one module per relation family.
 *
 * - links carried by mentions (LOCATED_IN, IN_PROVINCE, SERVES_AT, AFFILIATED_WITH, ISSUED for meetings);
 * - ISSUED: agencies in the clause before an issuing verb that precedes a measure
 *   (中国人民银行等十部门联合发布《…》; three associations 联合发布);
 * - APPLIES_TO: a local measure applies to its issuer's division;
 * - TARGETS / ACTED_ON: a measure or agency, an action verb, then a company;
 * - the clause reader (clauses.ts, verbs.ts, clause-relations.ts): ISSUED, ACTED_ON and WORKED_WITH from each
 *   predicate's subject, verb class and objects (replacing acted-on.ts and
 *   worked-with.ts's JOINT rule);
 * - SANCTIONED: a discipline body, a sanction word and an official in one sentence;
 * - MOVED_TO: a company, a move word and a country in one sentence (or the company
 *   in the sentence before, same paragraph).
 * Each relation carries its sentence ids and the sentence's date (day precision) where known.
 * The rules run in a fixed order: later ones read what earlier ones found.
 */
import type { Entity, Relation } from "../types.js";
import type { RelateContext } from "./context.js";
import { actedOnDeployedInSentence, actedOnListedInSentence } from "./acted-on-listed.js";
import { affiliatedWith } from "./affiliated-with.js";
import { appliesInListedPlaces, appliesTo, appliesToPlacesInSentence } from "./applies-to.js";
import { citesInSentence, companyMeasuresCite } from "./cites-implements.js";
import { clauseRelationsInSentence } from "./clause-relations.js";
import { courtParties } from "./court-parties.js";
import { relateContext, sentenceContext, type RelateInput } from "./context.js";
import { issuedInSentence, issuedNamedNextInSentence } from "./issued.js";
import {
  branchIssuers,
  convenedAgainInSentence,
  issuedByNameInSentence,
  issuedShownInSentence,
} from "./issued-named.js";
import { leadIssuers, signedBy } from "./issued-signature.js";
import { linkRelations } from "./links.js";
import { companyPlacedInSentence, locatedByName } from "./located-in.js";
import {
  heldDates,
  layoutDates,
  leadSentenceDates,
  nicknameDates,
  pointedBackDates,
  statedDates,
} from "./measure-dates.js";
import { inIssueYear } from "../lexicon/measures.js";
import { movedToInSentence } from "./moved-to.js";
import { sanctionedInSentence } from "./sanctioned.js";
import { careerInSentence, chairedInSentence, glossedPosts, listedPosts } from "./serves-at.js";
import { addresseeLine, targetsInDocument, targetsInSentence } from "./targets.js";
import {
  attendedInSentence,
  consultedInSentence,
  throughInSentence,
  jointNounInSentence,
  workedUnderInSentence,
  labelledRolesInDocument,
  coIssuersWorkedWith,
} from "./worked-with.js";

export type { RelateInput } from "./context.js";
export { sentenceDates } from "./dates.js";

const SENTENCE_RULES = [
  issuedInSentence,
  issuedNamedNextInSentence,
  issuedByNameInSentence,
  issuedShownInSentence,
  convenedAgainInSentence,
  actedOnListedInSentence,
  actedOnDeployedInSentence,
  targetsInSentence,
  workedUnderInSentence,
  jointNounInSentence,
  consultedInSentence,
  throughInSentence,
  attendedInSentence,
  appliesToPlacesInSentence,
  appliesInListedPlaces,
  citesInSentence,
  careerInSentence,
  chairedInSentence,
  sanctionedInSentence,
  movedToInSentence,
  clauseRelationsInSentence,
  companyPlacedInSentence,
];
const DOCUMENT_RULES = [
  signedBy,
  leadIssuers,
  locatedByName,
  affiliatedWith,
  glossedPosts,
  listedPosts,
  targetsInDocument,
  courtParties,
  branchIssuers,
  appliesTo,
  layoutDates,
  statedDates,
  leadSentenceDates,
  pointedBackDates,
  heldDates,
  nicknameDates,
  labelledRolesInDocument,
];

/**
 * Build the relations of one document, and its entities with the measure dates stated with their issuing
 * (new objects; the input is not changed).
 * @example relate(input).relations.find(r => r.type === "ISSUED")
 */
export function relate(input: RelateInput): { relations: Relation[]; entities: Entity[] } {
  const c = relateContext(input);
  linkRelations(c);
  for (const [i, ms] of c.bySentence) {
    const x = sentenceContext(c, i, ms);
    for (const rule of SENTENCE_RULES) rule(c, x);
  }
  for (const rule of DOCUMENT_RULES) rule(c);
  companyMeasuresCite(c);
  actedOnThroughMeasures(c);
  coIssuersWorkedWith(c);
  // measure dates go into new entity objects: the input is left as it was
  // (a known measure's date in its own year: a later page's 今年 does not move it)
  const entities = input.entities.map((e) => {
    if (e.label !== "Measure") return e;
    const d = c.measureDate.get(e.id);
    const was = (e.properties.date as string | null | undefined) ?? null;
    const date = !d || (was && was <= d) ? was : d;
    const kept = date ? inIssueYear(e.name, date) : date;
    return kept === was ? e : { ...e, properties: { ...e.properties, date: kept } };
  });
  return { relations: [...c.rels.values()], entities };
}

/**
 * A body acted on the companies its measure targets (a notice telling X公司 to shut its projects is its issuer acting
 * on X公司): ACTED_ON from each agency that ISSUED the measure, with the TARGETS evidence. A grid or power company a
 * notice is sent to carry it out (an addressee) is no company acted on.
 */
function actedOnThroughMeasures(c: RelateContext): void {
  const rels = [...c.rels.values()];
  const utility = new Set(
    c.input.entities
      .filter(
        (e) =>
          e.label === "Company" && (e.properties.sector === "utility" || /(电网|电力|供电|能源|发电)/.test(e.name)),
      )
      .map((e) => e.id),
  );
  // (nor is any firm named only on the notice's addressee line, 各市(州)发展改革委，X集团有限责任公司、Y中心：)
  const onAddresseeLine = (id: string): boolean => {
    const i = c.sIndex.get(id);
    return i !== undefined && addresseeLine(c, i);
  };
  for (const t of rels.filter(
    (r) => r.type === "TARGETS" && !utility.has(r.target) && !r.evidence.every(onAddresseeLine),
  ))
    for (const i of rels.filter((r) => r.type === "ISSUED" && r.target === t.source && r.source.startsWith("agency:")))
      c.add("ACTED_ON", i.source, t.target, t.evidence, t.date);
}
