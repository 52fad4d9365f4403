/** SANCTIONED: a discipline body or a procuratorate/court acting against an official. */
import { type RelateContext, type SentenceContext } from "./context.js";

const SANCTION =
  /(双开|开除党籍|开除公职|党纪处分|政务处分|处分|立案审查|审查调查|纪律审查|监察调查|违纪违法|留置|移送检察|被查|落马|问责|诫勉|警告处分|记过|撤职|降级|通报批评)/;

/** Criminal steps a procuratorate or court takes against a person. */
const PROSECUTION = /(逮捕|批捕|提起公诉|公诉|判处|判决|一审宣判|立案侦查|刑事拘留)/;

/** SANCTIONED in one sentence. */
export function sanctionedInSentence(c: RelateContext, x: SentenceContext): void {
  const { add } = c;
  const { sid, date, sorted, agencies } = x;
  const st = x.text;
  // SANCTIONED
  if (SANCTION.test(st))
    for (const a of agencies.filter((x) => /纪委|监委|纪律检查|监察/.test(x.normalized)))
      for (const o of sorted.filter((m) => m.label === "Official"))
        add("SANCTIONED", a.entityId, o.entityId, [sid], date);
  // a procuratorate's or court's criminal step against an official (最高检…对肖毅作出逮捕决定, 法院判处)
  if (PROSECUTION.test(st))
    for (const a of agencies.filter((x) => /检察院|法院|最高检|最高法/.test(x.normalized)))
      for (const o of sorted.filter((m) => m.label === "Official"))
        add("SANCTIONED", a.entityId, o.entityId, [sid], date);
}
