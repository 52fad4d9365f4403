/**
 * Agencies: central bodies and national associations with their short forms,
 * and the suffixes that compose local agencies from a division name
 * (内蒙古 + 发改委 → 内蒙古自治区发展和改革委员会).
 */
import type { AgencyLevel } from "../../schema/index.js";

/** Schema agency levels plus "academic" (universities, academies, their institutes). */
export type AgencyLevelExt = AgencyLevel | "academic";

export interface AgencyEntry {
  name: string;
  aliases: string[];
  level: AgencyLevelExt;
}

/** Central government and party bodies, regulators and national associations. */
export const AGENCIES: AgencyEntry[] = [
  { name: "中国人民银行", aliases: ["央行", "人民银行", "人行", "中国央行"], level: "central" },
  { name: "国家发展和改革委员会", aliases: ["国家发改委", "国家发展改革委", "发改委", "发展改革委"], level: "central" },
  { name: "国务院金融稳定发展委员会", aliases: ["金融委", "国务院金融委", "金稳委"], level: "central" },
  {
    name: "中央纪委国家监委",
    aliases: ["中纪委", "中央纪委", "国家监委", "中央纪律检查委员会", "国家监察委员会", "中纪委国家监委"],
    level: "central",
  },
  { name: "国家能源局", aliases: [], level: "central" },
  { name: "工业和信息化部", aliases: ["工信部"], level: "central" },
  { name: "公安部", aliases: [], level: "central" },
  { name: "国家互联网信息办公室", aliases: ["国家网信办", "网信办", "中央网信办"], level: "central" },
  { name: "中国银行保险监督管理委员会", aliases: ["银保监会", "中国银保监会"], level: "central" },
  { name: "中国银行业监督管理委员会", aliases: ["银监会", "中国银监会"], level: "central" },
  { name: "中国证券监督管理委员会", aliases: ["证监会", "中国证监会"], level: "central" },
  { name: "国家外汇管理局", aliases: ["外汇局", "国家外汇局"], level: "central" },
  { name: "国家金融监督管理总局", aliases: ["金融监管总局"], level: "central" },
  { name: "国家市场监督管理总局", aliases: ["市场监管总局"], level: "central" },
  { name: "国家税务总局", aliases: [], level: "central" },
  { name: "最高人民法院", aliases: ["最高法"], level: "central" },
  { name: "最高人民检察院", aliases: ["最高检"], level: "central" },
  { name: "国务院", aliases: [], level: "central" },
  { name: "国务院办公厅", aliases: ["国办"], level: "central" },
  { name: "中共中央办公厅", aliases: ["中办"], level: "central" },
  { name: "全国人民代表大会常务委员会", aliases: ["全国人大常委会"], level: "central" },
  { name: "国家安全部", aliases: [], level: "central" },
  { name: "审计署", aliases: [], level: "central" },
  { name: "教育部", aliases: [], level: "central" },
  { name: "自然资源部", aliases: [], level: "central" },
  { name: "水利部", aliases: [], level: "central" },
  { name: "财政部", aliases: [], level: "central" },
  { name: "商务部", aliases: [], level: "central" },
  { name: "科学技术部", aliases: ["科技部"], level: "central" },
  { name: "司法部", aliases: [], level: "central" },
  { name: "国家广播电视总局", aliases: ["广电总局"], level: "central" },
  { name: "生态环境部", aliases: [], level: "central" },
  { name: "国有资产监督管理委员会", aliases: ["国资委", "国务院国资委"], level: "central" },
  { name: "中国互联网金融协会", aliases: ["互金协会", "中国互金协会"], level: "association" },
  { name: "中国银行业协会", aliases: ["银行业协会", "中国银行业协会"], level: "association" },
  { name: "中国支付清算协会", aliases: ["支付清算协会"], level: "association" },
  { name: "中国证券业协会", aliases: ["证券业协会"], level: "association" },
  { name: "中国社会科学院", aliases: ["社科院", "中国社科院"], level: "academic" },
  { name: "中国科学院", aliases: ["中科院"], level: "academic" },
];

/** Short forms that are also parts of ordinary words: a form is skipped when the text around it matches. */
export const AMBIGUOUS_FORMS: Record<string, { before?: RegExp; after?: RegExp }> = {
  人行: { before: /[个私本每步银一]$/, after: /^[为动道走横天]/ },
  人民银行: { before: /[国]$/ },
  央行: {},
  中币: { after: /^[价值种]/ },
  美国: { before: /[欧北南中]$/ },
  国网: { before: /[中]$/ },
};

/** Suffixes of local agencies: written forms → canonical suffix (longest forms first when matching). */
export const LOCAL_SUFFIXES: Array<{ forms: string[]; canonical: string; provincial?: string }> = [
  { forms: ["发展和改革委员会", "发展改革委员会", "发展改革委", "发改委"], canonical: "发展和改革委员会" },
  { forms: ["工业和信息化厅", "工信厅"], canonical: "工业和信息化厅" },
  { forms: ["工业和信息化局", "工信局"], canonical: "工业和信息化局" },
  { forms: ["工业和信息化委员会", "工信委"], canonical: "工业和信息化委员会" },
  { forms: ["经济和信息化厅", "经信厅"], canonical: "经济和信息化厅" },
  { forms: ["经济和信息化局", "经信局"], canonical: "经济和信息化局" },
  { forms: ["经济和信息化委员会", "经信委"], canonical: "经济和信息化委员会" },
  { forms: ["通信管理局", "通管局"], canonical: "通信管理局" },
  { forms: ["能源监管办公室", "能源监管办"], canonical: "能源监管办公室" },
  { forms: ["能源局"], canonical: "能源局" },
  { forms: ["公安厅"], canonical: "公安厅" },
  { forms: ["公安局"], canonical: "公安局" },
  { forms: ["互联网信息办公室", "网信办"], canonical: "互联网信息办公室" },
  {
    forms: ["地方金融监督管理局", "地方金融监管局", "金融监督管理局", "金融监管局", "金融局"],
    canonical: "地方金融监督管理局",
  },
  { forms: ["金融工作办公室", "金融办"], canonical: "金融工作办公室" },
  { forms: ["金融管理局"], canonical: "金融管理局" },
  { forms: ["证券及期货事务监察委员会", "证监会"], canonical: "证券及期货事务监察委员会" },
  { forms: ["纪委监委"], canonical: "纪委监委" },
  { forms: ["纪律检查委员会", "纪委"], canonical: "纪律检查委员会" },
  { forms: ["人民政府办公厅", "政府办公厅"], canonical: "人民政府办公厅" },
  { forms: ["人民政府办公室", "政府办公室"], canonical: "人民政府办公室" },
  { forms: ["人民政府", "政府"], canonical: "人民政府" },
  { forms: ["发展和改革局", "发展改革局", "发改局"], canonical: "发展和改革局" },
  { forms: ["工业和信息化委", "经济和信息化委"], canonical: "经济和信息化委员会" },
  { forms: ["政协"], canonical: "政协" },
  { forms: ["人大常委会"], canonical: "人大常委会" },
  { forms: ["市场监督管理局", "市场监管局"], canonical: "市场监督管理局" },
  { forms: ["税务局"], canonical: "税务局" },
  { forms: ["银保监局"], canonical: "银保监局" },
  { forms: ["证监局"], canonical: "证监局" },
  { forms: ["大数据管理局", "大数据局", "数据局"], canonical: "大数据管理局" },
  { forms: ["中级人民法院", "中院"], canonical: "中级人民法院" },
  { forms: ["高级人民法院", "高院"], canonical: "高级人民法院" },
  { forms: ["互联网法院"], canonical: "互联网法院" },
  { forms: ["金融法院"], canonical: "金融法院" },
  { forms: ["人民法院", "法院"], canonical: "人民法院" },
  { forms: ["人民检察院", "检察院"], canonical: "人民检察院" },
  { forms: ["财政厅"], canonical: "财政厅" },
  { forms: ["财政局"], canonical: "财政局" },
  { forms: ["生态环境厅"], canonical: "生态环境厅" },
  { forms: ["生态环境局"], canonical: "生态环境局" },
  { forms: ["科技厅"], canonical: "科学技术厅" },
  { forms: ["科技局"], canonical: "科学技术局" },
  { forms: ["国资委"], canonical: "国有资产监督管理委员会" },
];

/** Suffixes that close a locally named body after a free middle part (北京市朝阳区 + 金融社会风险防控工作 + 领导小组办公室). */
export const FREE_SUFFIXES = ["领导小组办公室", "领导小组", "工作小组"];

/** Foreign bodies composed as country + suffix (土耳其央行, 韩国财政部). */
export const FOREIGN_SUFFIXES: Array<{ forms: string[]; canonical: string }> = [
  { forms: ["中央银行", "央行"], canonical: "中央银行" },
  { forms: ["财政部"], canonical: "财政部" },
  { forms: ["政府"], canonical: "政府" },
  { forms: ["证券交易委员会", "证交会"], canonical: "证券交易委员会" },
  { forms: ["金融监管局", "金融服务管理局"], canonical: "金融监管局" },
];
