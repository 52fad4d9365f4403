/**
 * The predicate verbs the clause reader (clauses.ts) knows, each with its class: what the verb does with the
 * entities before it (its subject) and after it (its objects). A table, not rules: a verb new to the genre is one
 * row here. Sources: the verbs of the annotation rules (/work/shared/EXTRACTION.md: 牵头, 会同, 联合, 召集 link
 * bodies acting together; issuing a measure; acting on a company) and the ones the relation rules of this folder
 * already read one construction at a time (issued.ts ISSUE_VERB, context.ts ACTION_VERB, acted-on*.ts,
 * worked-with.ts JOINT).
 *
 * - issue: the subject issued the measures after the verb (ISSUED);
 * - act: the subject acted on the companies after the verb (ACTED_ON);
 * - joint: the subject acted together with the bodies after the verb (WORKED_WITH); those bodies join the subject
 *   of the clause's next verb (A会同B印发《…》: A and B issued it);
 * - do: carrying out (开展, 召开); no relation of its own, but 共同 before it tells the bodies acted together;
 * - convene: like joint, but only with the bodies named after it (A组织B、C; A、B协调一致 links none);
 * - lead: the subject leads; a later clause's subject with a `follow` verb worked with it (由A牵头，B配合);
 * - follow: the subject takes part in what the lead of an earlier clause leads, or assists the bodies named after
 *   it (A配合B).
 */
export type VerbClass = "issue" | "act" | "do" | "joint" | "convene" | "lead" | "follow";

export const VERBS: ReadonlyArray<readonly [string, VerbClass]> = [
  // issuing a document
  ["印发", "issue"],
  ["发布", "issue"],
  ["出台", "issue"],
  ["下发", "issue"],
  ["公布", "issue"],
  ["颁布", "issue"],
  ["制定", "issue"],
  ["发出", "issue"],
  ["下达", "issue"],
  ["修订", "issue"],
  // (a body's notice put out under its name or on its site: 央行发文《…》, X官网挂出《…》)
  ["发文", "issue"],
  ["挂出", "issue"],
  // (amending a law issues its new text: 立法院修正洗钱防制法; 研订 and 订定, Taiwan's words for drawing up a rule)
  ["修正", "issue"],
  ["研订", "issue"],
  ["订定", "issue"],
  // a draft put out for comment (X公开征求《Y（征求意见稿）》意见) or drawn up (X组织起草了《Y》) is X's
  ["征求", "issue"],
  // (a ministry making a draft public: 国家发改委披露了《X（征求意见稿）》)
  ["披露", "issue"],
  ["起草", "issue"],
  // acting on a firm
  ["约谈", "act"],
  ["查处", "act"],
  ["关停", "act"],
  ["关闭", "act"],
  ["取缔", "act"],
  ["查封", "act"],
  ["立案调查", "act"],
  ["立案侦查", "act"],
  ["立案侦办", "act"],
  ["处罚", "act"],
  ["清退", "act"],
  ["叫停", "act"],
  ["整治", "act"],
  ["打击", "act"],
  ["冻结", "act"],
  ["封禁", "act"],
  ["下架", "act"],
  ["责令", "act"],
  ["罚款", "act"],
  ["起诉", "act"],
  // (a regulator's charge against a firm: 美国证交会指控X, 指控称X…)
  ["指控", "act"],
  // a court trying a firm's case (审理了“X”传销案), and the police finding a firm suspect (发现X平台涉嫌…, 发觉…: only then)
  ["审理", "act"],
  ["发现", "act"],
  ["发觉", "act"],
  ["判处", "act"],
  ["侦破", "act"],
  ["破获", "act"],
  ["捣毁", "act"],
  ["列入", "act"],
  ["约见", "act"],
  ["点名", "act"],
  ["通报", "act"],
  ["调查", "act"],
  ["查办", "act"],
  ["处置", "act"],
  ["没收", "act"],
  ["吊销", "act"],
  ["查扣", "act"],
  ["扣押", "act"],
  // a court's ruling on a party, a regulator's call or order to a firm, cutting its power
  ["判决", "act"],
  ["判令", "act"],
  ["裁定", "act"],
  ["致电", "act"],
  ["责成", "act"],
  ["督促", "act"],
  // (an order to a firm: 央行已下令X集团和Y银行加大打击力度, 勒令X停业)
  ["下令", "act"],
  ["勒令", "act"],
  ["注销", "act"],
  ["断电", "act"],
  ["停电", "act"],
  ["切断", "act"],
  ["暂停", "act"],
  ["封停", "act"],
  // disciplining a firm (依规处理了X公司, 联合惩戒X公司, 警告X公司)
  ["处理", "act"],
  ["惩戒", "act"],
  ["警告", "act"],
  // inspecting a firm (对X开展检查, 核查了X公司; an inspection team entering it: 检查组进驻X, 入驻X)
  ["检查", "act"],
  ["进驻", "act"],
  ["入驻", "act"],
  ["核查", "act"],
  ["排查", "act"],
  ["督查", "act"],
  // carrying out (relates nothing itself: what a 共同 before it joins, and a subject for the verbs after it)
  ["开展", "do"],
  ["展开", "do"],
  ["召开", "do"],
  ["举办", "do"],
  ["部署", "do"],
  ["签署", "do"],
  // acting together
  ["会同", "joint"],
  ["联合", "joint"],
  ["联同", "joint"],
  ["携同", "joint"],
  ["连同", "joint"],
  ["协同", "joint"],
  ["召集", "convene"],
  // (Taiwan's word for convening: 邀集法务部、调查局…开会)
  ["邀集", "convene"],
  ["组织", "convene"],
  ["协调", "convene"],
  ["联手", "joint"],
  ["携手", "joint"],
  ["共同", "joint"],
  ["牵头", "lead"],
  ["配合", "follow"],
  ["协助", "follow"],
  ["参与", "follow"],
];

/** The class of each verb form. */
export const VERB_CLASS: ReadonlyMap<string, VerbClass> = new Map(VERBS);

/** The forms of the table by their first character, the longest first (立案调查 before a shorter form). */
const BY_FIRST = new Map<string, string[]>();
for (const form of [...VERB_CLASS.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b)))
  BY_FIRST.set(form[0]!, [...(BY_FIRST.get(form[0]!) ?? []), form]);

/** The verb forms of the table in `text`, left to right, each the longest at its place, not overlapping. */
export function verbsIn(text: string): Array<{ form: string; at: number }> {
  const out: Array<{ form: string; at: number }> = [];
  for (let p = 0; p < text.length; p++) {
    const forms = BY_FIRST.get(text[p]!);
    const form = forms?.find((f) => text.startsWith(f, p));
    if (!form) continue;
    // a verb before 会, 组, 厅… is a noun (发布会, 检查组, 调查组); carrying out and convening take 会议 as object
    const cls = VERB_CLASS.get(form)!;
    if (cls !== "do" && cls !== "convene" && /^[会厅组员站]/.test(text[p + form.length] ?? "")) {
      p += form.length - 1;
      continue;
    }
    out.push({ form, at: p });
    p += form.length - 1;
  }
  return out;
}
