/** ACTED_ON: agencies acting on companies (约谈了A、B; 破获…X诈骗案; 对A予以查处; A被X查处; 约谈…的“A”“B”等平台). */
import { ACTION_VERB, listAfter, runEndingAt, type RelateContext, type SentenceContext } from "./context.js";

/** Enforcement by a police or market body, the company named after a description (破获…交易所X诈骗案). */
const ENFORCE = /(破获|侦破|捣毁|查获|查处了?|查封了?|关停了?|取缔了?|约谈了?|立案调查了?|立案侦查了?)(?:一[家个起])?/g;

/** ACTED_ON in one sentence. */
export function actedOnInSentence(c: RelateContext, x: SentenceContext): void {
  const { text, ranges, add, normStart, normEnd } = c;
  const { i, s, sid, date, sorted, agencies, companies } = x;
  const st0 = x.text;
  // ACTED_ON: agency … action verb, then the listed companies (约谈了工商银行、农业银行和支付宝); or company 被 agency verb
  const verbRe = new RegExp(ACTION_VERB.source, "g");
  let vm: RegExpExecArray | null;
  while ((vm = verbRe.exec(st0))) {
    const vAt = s + vm.index;
    const listed = listAfter(sorted, text, vAt + vm[0].length, "Company", normStart, normEnd);
    const agent = agencies.filter((a) => normEnd(a) <= vAt).at(-1);
    // the agent and the bodies listed with it (A和B先后发布公告，称约谈了…)
    if (agent && listed.length && !/被$/.test(text.slice(normEnd(agent), vAt)))
      for (const a of runEndingAt(sorted, agent, text, normStart, normEnd))
        for (const c of listed) add("ACTED_ON", a.entityId, c.entityId, [sid], date);
  }
  // a police or enforcement action on a company described before its name, in the agency's own clause
  // (北京警方一举破获非法数字货币交易所X诈骗案; 县市场监管局依法查处了一家矿场运营商X公司)
  for (const em of st0.matchAll(ENFORCE)) {
    const vAt = s + em.index!;
    const vEnd = vAt + em[0].length;
    const agent = agencies.filter((a) => normEnd(a) <= vAt).at(-1);
    if (!agent) continue;
    const lead = text.slice(normEnd(agent), vAt);
    if (/[,，。;；:：]|被/.test(lead) || lead.length > 12) continue;
    const c = companies.find((x) => normStart(x) >= vEnd);
    if (!c) continue;
    const gap = text.slice(vEnd, normStart(c));
    if (gap.length <= 14 && !/[,，。;；:：、]|和|与|及/.test(gap))
      add("ACTED_ON", agent.entityId, c.entityId, [sid], date);
  }
  // X对A、B进行约谈 / 依法对A予以查处 / 对A立案调查: the agency of the clause and the companies after 对
  for (const dm of st0.matchAll(/对/g)) {
    const dAt = s + dm.index!;
    const listed = listAfter(sorted, text, dAt + 1, "Company", normStart, normEnd);
    if (!listed.length) continue;
    const tail = text.slice(normEnd(listed.at(-1)!), normEnd(listed.at(-1)!) + 16);
    if (
      !/^(?:等\d*[家个]?[\u4e00-\u9fff]{0,6}?)?(?:进行了?|予以|作出|依法|分别)*(?:约谈|查处|处罚|关停|查封|立案调查|立案侦查|行政处罚|责令整改|罚款)/.test(
        tail,
      )
    )
      continue;
    const agent = agencies.filter((a) => normEnd(a) <= dAt).at(-1);
    if (!agent) continue;
    const lead = text.slice(normEnd(agent), dAt);
    if (/[,，。;；:：]|被/.test(lead) || lead.length > 12) continue;
    for (const c of listed) add("ACTED_ON", agent.entityId, c.entityId, [sid], date);
  }
  for (const a of agencies)
    for (const c of companies) {
      if (normStart(c) >= normStart(a)) continue;
      const between = text.slice(normEnd(c), normStart(a));
      const afterA = text.slice(normEnd(a), Math.min(normEnd(a) + 8, ranges[i]![1]));
      if (/被$/.test(between) && ACTION_VERB.test(afterA)) add("ACTED_ON", a.entityId, c.entityId, [sid], date);
    }
}
