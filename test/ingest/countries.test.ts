/**
 * Countries: every UN member state is recognised (not only the ones companies moved to in the seeds), and the
 * short names that are also Chinese words or places are not. Sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractArticle, mentionedIds } from "../helpers/extract.js";

const countries = (body: string): string[] =>
  mentionedIds(extractArticle(body)).filter((id) => id.startsWith("country:"));

describe("countries", () => {
  it.each([
    ["该传销平台的服务器设在瓦努阿图和密克罗尼西亚联邦。", ["country:密克罗尼西亚联邦", "country:瓦努阿图"]],
    ["警方在蒙古国、阿塞拜疆和秘鲁抓获多名嫌疑人。", ["country:秘鲁", "country:蒙古国", "country:阿塞拜疆"]],
    // Traditional script is matched after normalising, the node keeps the standard name
    ["矿场迁往巴拉圭与哥倫比亞。", ["country:哥伦比亚", "country:巴拉圭"]],
    ["部分矿工转往沙特建设矿场。", ["country:沙特阿拉伯"]],
  ])("%s", (body, want) => expect(countries(body)).toEqual(want));

  it.each([
    "湖南非法集资案件近日宣判。",
    "东部沿海地区电价较高。",
    "巴林左旗供电公司排查了用电异常。",
    "内蒙古对虚拟货币挖矿开展清理。",
    "中非合作论坛期间发布了报告。",
    "延边朝鲜族自治州开展了专项检查。",
  ])("no country in: %s", (body) => expect(countries(body)).toEqual([]));
});
