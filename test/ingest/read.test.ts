import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { isoDateOf, read } from "../../ingest/read.js";
import { SEEDS, seedBytes } from "./seeds.js";

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("read: errors first", () => {
  const cases: Array<[string, Uint8Array, RegExp]> = [
    ["empty.txt", new Uint8Array(), /^empty\.txt: empty file/],
    ["bin.txt", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe]), /^bin\.txt: binary file/],
    ["latin1.txt", Uint8Array.from([0xe9, 0x74, 0xe9, 0x20, 0xff, 0xfe, 0xfd, 0x80]), /^latin1\.txt: not UTF-8/],
    ["fm.txt", enc("---\ntitle: [unclosed\n---\n中国人民银行发布通知。"), /^fm\.txt: broken YAML front matter/],
    ["open.txt", enc("---\ntitle: x\n中国人民银行发布通知。"), /^open\.txt: broken YAML front matter/],
    ["nochinese.txt", enc("hello world"), /^nochinese\.txt: no Chinese text/],
  ];
  it.each(cases)("%s is rejected with a message naming the file", (path, bytes, re) => {
    expect(() => read(path, bytes)).toThrow(re);
  });
});

describe("read: the seeds", () => {
  it.each([
    ["000", "国内监管虚拟货币思路：关停挖矿、屏蔽交易所、严查OTC交易", "财联社", "2021-06-10", "html"],
    ["004", "北京摸排数据中心加密货币挖矿业务情况 释放了什么信号？", "cnBeta", "2021-04-29", "html"],
    ["001", "称继续排查关闭涉ICO及虚拟币交易相关公号网站，封堵服务器在境外的虚拟币交易平台", "新京报", null, "text"],
    ["003", "一場“疾風驟雨”式的監管重塑", null, null, "text"],
  ] as const)("%s: title, outlet, date, format", (k, title, outlet, published, format) => {
    const { document } = read(SEEDS[k], seedBytes(k));
    expect(document).toMatchObject({ title, outlet, published, format, dateInferred: false });
  });

  it("000: HTML reduced to paragraphs, no tags or front matter left", () => {
    const { document } = read(SEEDS["000"], seedBytes("000"));
    expect(document.body).not.toMatch(/<[a-z/]|---|headimg|&nbsp;/);
    expect(document.body.startsWith("《区块链日报》（杭州，记者 徐赐豪）讯，6月9日")).toBe(true);
    const lines = document.body.split("\n");
    expect(lines).toContain("整顿虚拟货币挖矿");
    expect(lines.length).toBeGreaterThan(35);
  });

  it("004: <br> breaks the first paragraph, images vanish", () => {
    const { document } = read(SEEDS["004"], seedBytes("004"));
    const lines = document.body.split("\n");
    expect(lines[0]).toMatch(/^4月27日，有消息称.*相关信息。$/);
    expect(lines[1]).toMatch(/^对此，北京经信局/);
    expect(document.body).not.toMatch(/img|png|referrerpolicy/);
  });

  it("002: plain Traditional text keeps its original characters", () => {
    const { document } = read(SEEDS["002"], seedBytes("002"));
    expect(document.format).toBe("text");
    expect(document.body.startsWith("監(jiān)管的“無死角”圍堵")).toBe(true);
  });
});

describe("read: encodings and line ends", () => {
  it("UTF-8 with BOM and CRLF", () => {
    const { document } = read(
      "bom.txt",
      enc(
        "\uFEFF---\r\ntitle: 标题\r\ndate: 2021-09-24\r\nsource: 新华社\r\nauthor: 张三\r\nurl: https://x.cn/a\r\n---\r\n第一段。\r\n\r\n第二段。\r\n",
      ),
    );
    expect(document).toMatchObject({
      title: "标题",
      published: "2021-09-24",
      outlet: "新华社",
      author: "张三",
      url: "https://x.cn/a",
      body: "第一段。\n第二段。",
    });
  });
  it("GBK is detected and decoded, with a warning", () => {
    const text = "国家发展和改革委员会发布通知，要求全面清理虚拟货币挖矿项目。";
    const { document, warnings } = read("gbk.txt", iconv.encode(text, "gbk"));
    expect(document.body).toBe(text);
    expect(warnings[0]).toMatch(/^gbk\.txt: not UTF-8; decoded as GBK/);
  });
  it("Markdown files lose their markup", () => {
    const { document } = read(
      "a.md",
      enc("# 央行发布通知\n\n**中国人民银行**发布[通知](https://x.cn)。\n\n- 第一条\n![图](a.png)"),
    );
    expect(document.body).toBe("央行发布通知\n中国人民银行发布通知。\n第一条");
    expect(document.title).toBe("央行发布通知");
  });
  it(".html files are parsed as HTML even without block tags", () => {
    expect(read("a.html", enc("<span>中国人民银行</span><span>发布通知。</span>")).document.body).toBe(
      "中国人民银行发布通知。",
    );
  });
  it("Big5 (Traditional) is told apart from GBK and decoded", () => {
    const text = "中國人民銀行等十部門聯合發布通知，進一步防範和處置虛擬貨幣交易炒作風險。";
    const { document, warnings } = read("big5.txt", iconv.encode(text, "big5"));
    expect(document.body).toBe(text);
    expect(warnings[0]).toMatch(/decoded as Big5/);
  });
  it("UTF-16 with a BOM is decoded", () => {
    const text = "国家发展和改革委员会发布通知。";
    const { document } = read("u16.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    expect(document.body).toBe(text);
  });
  it("random high bytes are rejected, not decoded into nonsense", () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => 0x81 + ((i * 37) % 120));
    expect(() => read("noise.txt", bytes)).toThrow(/^noise\.txt: not UTF-8, and neither GBK nor Big5/);
  });
  it.each([
    ["Thu, 10 Jun 2021 11:36:39 GMT", "2021-06-10"],
    ["Thu, 10 Jun 2021 20:36:39 GMT", "2021-06-11"],
    ["2021年9月24日", "2021-09-24"],
    ["2021-9-4", "2021-09-04"],
    ["2021-06-10 23:36:39", "2021-06-10"],
    ["2021-06-10T20:00:00Z", "2021-06-11"],
    ["not a date", null],
  ])("date %s → %s (China time)", (v, iso) => expect(isoDateOf(v)).toBe(iso));
});
