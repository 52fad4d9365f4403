/**
 * Table tests (issue 10): bodies outside China's state — a country's regulators, legislatures and law enforcement
 * composed from the country's name and the body (a country's 证监会 is its own, never China's), international
 * financial bodies, and the ministries' research institutes and industry associations. Sentences written for
 * these tests; each runs the real pipeline.
 */
import { describe, expect, it } from "vitest";
import { extractArticle as run, mentionedIds as mentioned, relationLines } from "../helpers/extract.js";

const agencies = (body: string): string[] => mentioned(run(body)).filter((id) => id.startsWith("agency:"));

describe("a country's body: the country's name + the body", () => {
  it.each([
    ["美国证监会再次推迟了对该基金的决定。", "agency:美国证券交易委员会", "country:美国"],
    ["日本金融厅向两家平台发出整改令。", "agency:日本金融厅", "country:日本"],
    ["新加坡金融管理局提醒公众注意风险。", "agency:新加坡金融管理局", "country:新加坡"],
    ["美国商品期货交易委员会对该平台处以罚款。", "agency:美国商品期货交易委员会", "country:美国"],
    ["美国司法部指控其创始人洗钱。", "agency:美国司法部", "country:美国"],
    ["英国议会就加密资产立法展开辩论。", "agency:英国议会", "country:英国"],
    // a country's 金融委员会 is its own, never the State Council's 金融委
    ["韩国金融委员会宣布了新的实名制规定。", "agency:韩国金融委员会", "country:韩国"],
    ["瑞士金融市场监督管理局发布了代币发行指引。", "agency:瑞士金融市场监督管理局", "country:瑞士"],
    ["美国货币监理署允许银行托管加密资产。", "agency:美国货币监理署", "country:美国"],
  ])("%s", (body, agency, country) => {
    const r = run(body);
    expect(mentioned(r)).toContain(agency);
    // China's own regulator is not read into a foreign one
    expect(mentioned(r)).not.toContain("agency:中国证券监督管理委员会");
    expect(relationLines(r, "LOCATED_IN")).toContain(`LOCATED_IN ${agency} -> ${country}`);
  });
  it("China's own 证监会 and ministries stay China's", () => {
    expect(agencies("中国证监会和中国司法部先后表态。")).toEqual(["agency:中国证券监督管理委员会", "agency:司法部"]);
  });
});

describe("international bodies, research institutes and associations by name", () => {
  it.each([
    ["国际货币基金组织（IMF）在报告中提示风险。", ["agency:国际货币基金组织"]],
    ["金融行动特别工作组更新了对虚拟资产的指引。", ["agency:金融行动特别工作组"]],
    ["欧洲央行认为其不具备货币属性。", ["agency:欧洲中央银行"]],
    ["中国信通院的专家参与了排查。", ["agency:中国信息通信研究院"]],
    ["据中电联统计，当地用电量明显下降。", ["agency:中国电力企业联合会"]],
  ])("%s", (body, want) => {
    expect(agencies(body)).toEqual(want);
  });
});

describe("Hong Kong's, Macau's and Taiwan's own bodies, named after the region", () => {
  it.each([
    ["香港金管局提醒市民提防虚假网站。", "agency:香港特别行政区金融管理局", "province:香港特别行政区"],
    ["香港保險業監管局發出聲明。", "agency:香港特别行政区保险业监管局", "province:香港特别行政区"],
    ["澳门司警局破获一宗诈骗案。", "agency:澳门特别行政区司法警察局", "province:澳门特别行政区"],
    ["台灣金管會表示比特幣不是貨幣。", "agency:台湾金融监督管理委员会", "province:台湾省"],
  ])("%s", (body, agency, region) => {
    const r = run(body);
    expect(mentioned(r).filter((id) => id.startsWith("agency:"))).toEqual([agency]);
    expect(relationLines(r, "LOCATED_IN")).toEqual([`LOCATED_IN ${agency} -> ${region}`]);
  });
});

describe("the national financial regulators' local offices by short form, of each era", () => {
  it.each([
    ["北京保监局约谈了三家保险公司。", "agency:中国保险监督管理委员会北京监管局"],
    ["江西银监局发布风险提示。", "agency:中国银行业监督管理委员会江西监管局"],
    ["赣州银监分局开展了排查。", "agency:中国银行业监督管理委员会赣州监管分局"],
    ["深圳证监局提醒投资者。", "agency:中国证券监督管理委员会深圳监管局"],
  ])("%s", (body, agency) => {
    expect(agencies(body)).toEqual([agency]);
  });
});
