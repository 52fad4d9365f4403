/**
 * Foreign places the genre names where China's miners and exchanges went (得克萨斯州的矿场, 迁往哈萨克斯坦埃基巴斯图兹, 迪拜
 * 办公室): the states of the United States and the provinces of Canada by their full names (with 州/省: a bare 华盛顿
 * or 佐治亚 names other things), and the cities of the crypto-mining and -finance news of 2013–2022. Names are Xinhua's
 * standard transliterations (新华社译名, as the Ministry of Foreign Affairs' country pages use them), with the variant a
 * paper may write (德克萨斯州). China's own divisions are `divisions.ts`; countries are `countries.ts`.
 */
/**
 * The states' names as Taiwan and Hong Kong write them where they differ from Xinhua's (喬治亞州 for 佐治亚州, 密西根州
 * for 密歇根州), in Simplified as matching reads them, and the short forms the press of both sides writes (加州, 宾州,
 * 麻州). Source: 国家教育研究院 双语词汇 (Taiwan's standard terms) for the names; not 德州, a city of Shandong too.
 */
const TAIWAN_STATE_NAMES: Record<string, string[]> = {
  加利福尼亚州: ["加州"],
  佐治亚州: ["乔治亚州"],
  密歇根州: ["密西根州"],
  威斯康星州: ["威斯康辛州"],
  俄勒冈州: ["奥勒冈州"],
  伊利诺伊州: ["伊利诺州"],
  康涅狄格州: ["康乃狄克州"],
  特拉华州: ["德拉瓦州"],
  罗得岛州: ["罗德岛州"],
  新罕布什尔州: ["新罕布夏州"],
  艾奥瓦州: ["爱荷华州"],
  俄克拉何马州: ["奥克拉荷马州"],
  新泽西州: ["纽泽西州"],
  弗吉尼亚州: ["维吉尼亚州"],
  西弗吉尼亚州: ["西维吉尼亚州"],
  宾夕法尼亚州: ["宾州"],
  马萨诸塞州: ["麻州", "麻萨诸塞州"],
  北卡罗来纳州: ["北卡州"],
};

export const FOREIGN_PLACES: Array<{ name: string; aliases: string[]; country: string }> = [
  ...[
    "阿拉巴马州",
    "阿拉斯加州",
    "亚利桑那州",
    "阿肯色州",
    "加利福尼亚州",
    "科罗拉多州",
    "康涅狄格州",
    "特拉华州",
    "佛罗里达州",
    "佐治亚州",
    "夏威夷州",
    "爱达荷州",
    "伊利诺伊州",
    "印第安纳州",
    "艾奥瓦州",
    "堪萨斯州",
    "肯塔基州",
    "路易斯安那州",
    "缅因州",
    "马里兰州",
    "马萨诸塞州",
    "密歇根州",
    "明尼苏达州",
    "密西西比州",
    "密苏里州",
    "蒙大拿州",
    "内布拉斯加州",
    "内华达州",
    "新罕布什尔州",
    "新泽西州",
    "新墨西哥州",
    "纽约州",
    "北卡罗来纳州",
    "北达科他州",
    "俄亥俄州",
    "俄克拉何马州",
    "俄勒冈州",
    "宾夕法尼亚州",
    "罗得岛州",
    "南卡罗来纳州",
    "南达科他州",
    "田纳西州",
    "犹他州",
    "佛蒙特州",
    "弗吉尼亚州",
    "华盛顿州",
    "西弗吉尼亚州",
    "威斯康星州",
    "怀俄明州",
  ].map((name) => ({ name, aliases: TAIWAN_STATE_NAMES[name] ?? [], country: "美国" })),
  // (得州, the short form papers write; not 德州, a city of Shandong too)
  { name: "得克萨斯州", aliases: ["德克萨斯州", "得州"], country: "美国" },
  ...["魁北克省", "安大略省", "曼尼托巴省"].map((name) => ({ name, aliases: [], country: "加拿大" })),
  // (the variants papers write: 艾伯塔省, 艾尔伯塔省, and Hong Kong's 亚伯达省 and 卑诗省)
  { name: "阿尔伯塔省", aliases: ["艾伯塔省", "艾尔伯塔省", "亚伯达省"], country: "加拿大" },
  { name: "不列颠哥伦比亚省", aliases: ["卑诗省"], country: "加拿大" },
  { name: "纽约", aliases: ["纽约市"], country: "美国" },
  { name: "旧金山", aliases: [], country: "美国" },
  { name: "洛杉矶", aliases: [], country: "美国" },
  { name: "芝加哥", aliases: [], country: "美国" },
  { name: "迈阿密", aliases: [], country: "美国" },
  { name: "温哥华", aliases: [], country: "加拿大" },
  { name: "多伦多", aliases: [], country: "加拿大" },
  { name: "蒙特利尔", aliases: [], country: "加拿大" },
  { name: "阿拉木图", aliases: [], country: "哈萨克斯坦" },
  { name: "努尔苏丹", aliases: [], country: "哈萨克斯坦" },
  { name: "埃基巴斯图兹", aliases: [], country: "哈萨克斯坦" },
  { name: "巴甫洛达尔", aliases: [], country: "哈萨克斯坦" },
  { name: "莫斯科", aliases: [], country: "俄罗斯" },
  { name: "伊尔库茨克", aliases: [], country: "俄罗斯" },
  { name: "雷克雅未克", aliases: [], country: "冰岛" },
  { name: "迪拜", aliases: ["杜拜"], country: "阿联酋" },
  { name: "阿布扎比", aliases: [], country: "阿联酋" },
  { name: "德黑兰", aliases: [], country: "伊朗" },
  { name: "第比利斯", aliases: [], country: "格鲁吉亚" },
  { name: "东京", aliases: [], country: "日本" },
  { name: "首尔", aliases: [], country: "韩国" },
  { name: "伦敦", aliases: [], country: "英国" },
  { name: "法兰克福", aliases: [], country: "德国" },
  { name: "苏黎世", aliases: [], country: "瑞士" },
  { name: "日内瓦", aliases: [], country: "瑞士" },
  { name: "吉隆坡", aliases: [], country: "马来西亚" },
  { name: "曼谷", aliases: [], country: "泰国" },
  { name: "雅加达", aliases: [], country: "印度尼西亚" },
];

/**
 * A city's name that also opens a newspaper's, an exchange's or a university's (纽约时报, 伦敦金属交易所, 东京大学), or
 * names a blockchain's upgrade (以太坊伦敦升级, 上海硬分叉: Ethereum names its upgrades after cities).
 */
export const FOREIGN_PLACE_NOT_BEFORE =
  /^(时报|邮报|客|证券|证交|交易|金属|梅隆|大学|奥运|期货|商品|联储|联邦|[”"」’]?(?:升级|硬分叉|分叉)|\s?(?:\d{1,2}\s?月\s?)?\d{1,2}\s?日\s?电|(?:[\u4e00-\u9fff]{1,3}社|彭博|路透|综合)电(?=[)）\s]))/;
