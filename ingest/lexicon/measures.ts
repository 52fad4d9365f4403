/**
 * Measures known by a nickname (924通知 = 《关于进一步防范和处置虚拟货币交易炒作风险的通知》)
 * and the title endings that classify a 《…》 title.
 */
import type { MeasureKind } from "../../schema/index.js";

export const NAMED_MEASURES: Array<{ name: string; aliases: string[]; kind: MeasureKind }> = [
  {
    name: "关于进一步防范和处置虚拟货币交易炒作风险的通知",
    aliases: ["924通知", "924规定", "9·24通知", "九二四通知", "924文件"],
    kind: "notice",
  },
  {
    name: "关于防范代币发行融资风险的公告",
    aliases: ["94政策", "94公告", "九四公告", "9·4公告"],
    kind: "announcement",
  },
  { name: "关于防范比特币风险的通知", aliases: ["五部委联合通知", "五部委通知"], kind: "notice" },
  { name: "关于防范虚拟货币交易炒作风险的公告", aliases: ["三协会公告"], kind: "announcement" },
  { name: "关于整治虚拟货币“挖矿”活动的通知", aliases: [], kind: "notice" },
];

/** Title endings → kind (checked in order, on the title without a trailing （征求意见稿）). */
export const TITLE_KINDS: Array<[RegExp, MeasureKind]> = [
  [/(通知|紧急通知|通报)$/, "notice"],
  [/(公告|通告|声明|提示|风险提示)$/, "announcement"],
  [/(措施|意见|指导意见|实施意见|方案|办法|细则|指引|规划|计划|要点|决议)$/, "measures"],
  // 规则/准则: a regulator's rules (供电营业规则, 电力部令 1996 No. 8); a platform's own rules are its 公约/协议, no measure
  [/(规定|暂行规定|条例|法|决定|解释|批复|规则|准则)$/, "law"],
  [/(目录|清单|名录)(（\d{4}年?[本版]）)?$/, "catalogue"],
];

/** Titles in 《》 that are publications or rules of a platform, not measures. */
export const NOT_MEASURE_TITLE =
  /(日报|晚报|早报|时报|周刊|杂志|通讯|新闻|报|网|公约|用户协议|交易规则|Communications|Nature|Science)$/;

/** Words after a 《》 title that make it a publication (《…问题》研究报告, 《…》一书, 《…》白皮书), not a measure. */
export const PUBLICATION_AFTER = /^(研究报告|调研报告|报告|一书|白皮书|蓝皮书|杂志|期刊|专栏|节目|栏目|论文|一文|文章)/;

/** Named campaigns written as “X”行动 are recognized by pattern; these words are too generic to be a campaign name. */
export const GENERIC_CAMPAIGN = /^(专项|收网|集中|联合|整治|清理|打击|统一)$/;

/**
 * The edition word a catalogue's issuer uses (产业结构调整指导目录（2019年本）, published by 国家发展改革委令 2019年
 * 第29号 as 年本): a title written with the other word (（2019年版）) is the same catalogue, the written form an alias.
 */
export const CATALOGUE_EDITIONS: Record<string, "本" | "版"> = {
  产业结构调整指导目录: "本",
};
