/**
 * Titles that introduce a person's name (`title + name`), split into public
 * offices (→ Official) and expert / business roles (→ Person), plus the
 * surnames that start a Chinese personal name.
 */
export const OFFICIAL_TITLES = [
  "行长",
  "副行长",
  "司长",
  "副司长",
  "局长",
  "副局长",
  "厅长",
  "副厅长",
  "部长",
  "副部长",
  "主任",
  "副主任",
  "主席",
  "副主席",
  "书记",
  "副书记",
  "党组书记",
  "党组成员",
  "党委书记",
  "省长",
  "副省长",
  "市长",
  "副市长",
  "县长",
  "副县长",
  "区长",
  "副区长",
  "委员",
  "常委",
  "参事",
  "署长",
  "处长",
  "副处长",
  "秘书长",
  // the head of a party discipline team or a leading group (纪检组组长, 领导小组组长)
  "组长",
  "副组长",
  "副秘书长",
  "总理",
  "副总理",
  // a foreign head of state or government (哈萨克总统托卡耶夫, 日本首相X): a public office
  "总统",
  "副总统",
  "首相",
  "国务委员",
  "新闻发言人",
  "发言人",
  "巡视员",
  "副巡视员",
  "监管员",
  "总经济师",
  "主任委员",
  "院长",
  "副院长",
  "检察长",
  // judges and prosecutors hold public office (source: 法官法, 检察官法)
  "检察官",
  // (the post a procuratorate assigns to a trial, 指派检察员X出庭: a prosecutor's title in court documents)
  "检察员",
  "法官",
  "庭长",
  "州长",
  "副州长",
  "盟长",
  "旗长",
  // the heads of towns and townships, and of a bureau's sections and units (X镇镇长, X局能源科科长, X所站长): the posts a
  // county's discipline reports name; source: 公务员职务、职级并行规定 (2019) and the township government's organic law
  "镇长",
  "副镇长",
  "乡长",
  "副乡长",
  "科长",
  "副科长",
  "股长",
  "副股长",
  "站长",
  "副站长",
  "主任科员",
  "一级主任科员",
  // the lowest civil-service grade and the plain word for a body's staff member (X局科员Y, X镇干部Y), as discipline
  // reports name a body's staff (same source)
  "一级科员",
  "二级科员",
  "科员",
  "干部",
  "四级调研员",
  "调研员",
  // the heads of police and law-enforcement units (X公安局刑侦支队支队长, X派出所所长, 环境执法大队大队长); source: 公安机关
  // 组织管理条例 (2006), which names the units (总队, 支队, 大队, 派出所) whose heads these are
  "总队长",
  "副总队长",
  "支队长",
  "副支队长",
  "大队长",
  "副大队长",
  "中队长",
  // a unit's head written with the unit before it (刑侦大队队长, 治安中队副队长)
  "队长",
  "副队长",
  "所长",
  "副所长",
  "政委",
  "教导员",
  // a police officer named with the unit (刑警大队办案民警X, 派出所民警X): a public post, as the annotation rules count it
  "民警",
  "办案民警",
  // (and a case officer of the police or a procuratorate: X公安局经侦总队办案人员Y)
  "办案人员",
  "警官",
  // Hong Kong's police ranks (商业罪案调查科高级督察X, 重案组总督察X, 署理总督察); source: the Hong Kong Police Force's
  // rank structure
  "督察",
  "高级督察",
  "总督察",
  "署理总督察",
  "警司",
  "高级警司",
  "总警司",
  "助理处长",
  // Hong Kong Customs' ranks (有组织罪案调查科高级监督X); source: the Customs and Excise Department's rank structure
  // (監督 alone is a common verb: only with its grade)
  "高级监督",
  "总监督",
  "助理关长",
  "副关长",
  "关长",
  // members of a legislature (立法会议员X) and the chair of a Taiwan commission (金管会主委X)
  "议员",
  "主委",
];
export const EXPERT_TITLES = [
  "研究员",
  "高级研究员",
  "特邀研究员",
  "副研究员",
  "特约研究员",
  "首席研究员",
  "教授",
  "副教授",
  "讲师",
  "博士",
  "博士生导师",
  "分析师",
  // an analyst or a market's old hand named by the word for one (分析人士X认为; 业内人士 stays no title)
  "分析人士",
  "市场人士",
  "资深人士",
  "高级分析师",
  "首席分析师",
  "首席经济学家",
  "经济学家",
  "执行院长",
  "所长",
  "副所长",
  "轮值主席",
  "会长",
  "副会长",
  "理事长",
  "副理事长",
  "总监",
  "业务总监",
  "总裁",
  "副总裁",
  // a firm's vice-president written short (X公司副总Y)
  "副总",
  "CEO",
  "首席执行官",
  // a chief executive as Taiwan writes it (執行長; no bank's 行长)
  "执行长",
  // the other chief officers and a firm's owner (首席战略官X, 公司的老板X)
  "首席战略官",
  "首席运营官",
  "首席技术官",
  "首席财务官",
  "首席信息官",
  "老板",
  "行政总裁",
  "创始人",
  "联合创始人",
  // the founder as Taiwan and Hong Kong write it (創辦人X)
  "创办人",
  "共同创办人",
  "联合创办人",
  "董事长",
  "副董事长",
  // a board's members; at a regulator they hold its office (the securities regulators' 执行董事, as Hong Kong's is run)
  "执行董事",
  "非执行董事",
  "总经理",
  "副总经理",
  // a branch's or a county company's head (X县供电公司原经理Y)
  "经理",
  "副经理",
  "合伙人",
  "校长",
  "律师",
  "首席律师",
  "主任律师",
  "高级合伙人",
  "专家",
  "学者",
  // a writer or commentator quoted for a view (财经作家X发文认为, 财经评论员X表示)
  "作家",
  "财经作家",
  "专栏作家",
  "评论员",
  "财经评论员",
  "负责人",
  // who a company's register names, and who sells for it (X公司法定代表人Y, Y是X公司的业务员)
  "法定代表人",
  "法人代表",
  "实际控制人",
  "实控人",
  // a listed firm's secretary of the board and its securities representative, who speak for it (其证代X表示)
  "董事会秘书",
  "董秘",
  "证券事务代表",
  "证代",
  "业务员",
  // business people named by their trade (福建客商X, 企业家X)
  "客商",
  "商人",
  "企业家",
];

/** Words that look like titles but are generic roles, never a name's title. */
export const GENERIC_PEOPLE =
  /^(记者|业内人士|有关负责人|相关负责人|投资者|知情人士|人士|矿工|用户|网友|工作人员|律师事务所)$/;

const SINGLE =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由赖洪傅阎丘蔚璩励习郦邴逄庹隗郗訾蹇钮桓";
/** Surnames that are far more often function words or verbs right after a title (总经理和…, 主任向…) are left out. */
const NOT_AFTER_TITLE = new Set([..."和向但时由那都来公国平相门能要会是也有"]);
export const SURNAMES = new Set([...SINGLE].filter((c) => !NOT_AFTER_TITLE.has(c)));
export const COMPOUND_SURNAMES = [
  "欧阳",
  "司马",
  "诸葛",
  "上官",
  "东方",
  "皇甫",
  "尉迟",
  "公孙",
  "慕容",
  "长孙",
  "令狐",
  "夏侯",
  "端木",
  "司徒",
  "宇文",
];

/**
 * Words that begin with a surname's character but are verbs or adverbs (校长利用学校电力…, 局长高度重视…): a title
 * followed by one of them is followed by no name.
 */
export const NOT_NAME_START =
  /^(利用|通过|强调|强化|严格|严禁|严厉|严肃|高度|全面|全力|成功|及时|安排|部署|应对|连续|多次|宣布|同时|随后|亲自|带领|曾经|于是|管理|任职|分管|主管|牵头|负责|介绍|陪同|普遍|一致|纷纷|相继|先后)/;

/** Characters that end a name when they come third (李波也… → 李波). */
export const NAME_STOP = new Set([
  ..."表指认称说在向告接也还则对曾于等的和与就将已是为提预建透同近日被从以及或并又再都更最也所即称今昨前后上下中均仍亦主出参率赴到签致作做回讲答会召",
]);

/**
 * Characters of the standard transliteration of foreign names (source: 新华社 《世界人名翻译大辞典》 syllable table):
 * a run of them after a foreign body's title is a foreign name (联储局前主席格林斯潘).
 */
export const TRANSLIT_CHARS =
  "阿埃艾安昂奥巴邦贝本比彼宾波伯勃博布茨达戴丹道德登迪蒂丁东杜多厄恩尔法范菲费芬丰弗夫福富盖甘冈戈格哥根古瓜圭哈海汉豪赫黑亨洪胡华怀霍基吉加贾杰捷金卡凯坎康考柯科克肯库夸奎拉莱兰朗劳勒雷蕾里利莉列林琳卢鲁伦罗洛马玛迈麦曼芒梅门蒙米敏明莫姆穆纳娜奈南内尼妮宁纽努诺欧帕派潘佩彭皮珀普奇齐恰乔切琼丘萨塞桑瑟森沙莎尚舍什施史斯松苏索塔泰坦汤唐特滕提图托瓦旺威韦维温翁沃乌伍西希夏谢辛休雅亚扬耶伊因英尤约泽扎詹朱兹佐翰密杭逊顿瑞赛丝娅露罕默斐琪黛凡";

/**
 * People the genre names by their name alone, as a reader knows them (习近平曾力挺…, 见到徐明星戴着手铐): the country's
 * leaders of 2013–2022, the founders and heads of the exchanges and miner makers the crackdown's news is about, and
 * the few figures its stories about bitcoin itself name.
 * Three-character names only (a two-character one, 李林 or 何一, is too often part of other words), save foreign
 * figures written with characters no Chinese word joins that way (拜登, 芒格; not 川普, as in 四川普洱). Sources: the
 * leaders' official biographies (新华网 领导人资料); the firms' own announcements naming their founders and chief
 * executives (OKCoin, 火币, 币安, 比特币中国, 比特大陆, 莱比特矿池, 波场).
 */
export const KNOWN_PEOPLE = [
  // the party's and state's leaders
  "习近平",
  "李克强",
  "王岐山",
  "栗战书",
  "王沪宁",
  "赵乐际",
  // the central bank's governors and a financial regulator's chairman of the period
  "周小川",
  "郭树清",
  "潘功胜",
  // the exchanges' and miner makers' founders and heads
  "徐明星",
  "赵长鹏",
  "杨林科",
  "黄啸宇",
  "李启元",
  "吴忌寒",
  "詹克团",
  "孙宇晨",
  "江卓尔",
  // the figures the genre's stories about bitcoin itself name: its pseudonymous creator (the white paper's author),
  // the investors, the entrepreneur and the presidents whose views on it are quoted
  "中本聪",
  "巴菲特",
  "芒格",
  "马斯克",
  "特朗普",
  "拜登",
];

/**
 * The two-character syllables of Tibetan personal names as Chinese writes them (泽仁, 多吉, 扎西, 卓玛): a name is two
 * of them (泽仁多吉, 扎西卓玛), with no surname, as the officials of Ganzi, Aba, Qinghai and Tibet are named in the
 * genre's reports. Source: the common syllables of 藏族人名汉字音译 (the Xinhua transliteration of Tibetan names).
 */
export const TIBETAN_NAME_SYLLABLES = [
  "泽仁",
  "泽郎",
  "多吉",
  "多杰",
  "扎西",
  "次仁",
  "尼玛",
  "达瓦",
  "格桑",
  "旦增",
  "丹增",
  "洛桑",
  "央金",
  "卓玛",
  "拉姆",
  "顿珠",
  "平措",
  "索朗",
  "贡布",
  "益西",
  "群培",
  "白玛",
  "仁青",
  "桑珠",
  "嘎玛",
  "降措",
  "土登",
  "罗布",
  "巴桑",
  "德吉",
  "曲珍",
  "拉巴",
  "次旦",
  "边巴",
  "普布",
  "加措",
  "嘉措",
  "旺堆",
  "旺姆",
  "措姆",
  "才让",
  "才旦",
  "尕藏",
  "更登",
  "更嘎",
  "拉毛",
  "卓嘎",
  "四郎",
  "斯郎",
  "呷绒",
  "阿旺",
  "昂旺",
  "泽翁",
  "降初",
  "向巴",
];

/** The foreign figures above written with their given names too (埃隆·马斯克, 埃隆马斯克): the same person. */
export const KNOWN_FULL_NAMES: ReadonlyArray<readonly [full: string, known: string]> = [
  ["埃隆·马斯克", "马斯克"],
  ["埃隆马斯克", "马斯克"],
  ["沃伦·巴菲特", "巴菲特"],
  ["查理·芒格", "芒格"],
  ["唐纳德·特朗普", "特朗普"],
  ["乔·拜登", "拜登"],
];

/**
 * The stand-in names Chinese legal and financial writing gives the parties of an example or an anonymised case (张三,
 * 李四, 王五, 赵六): no one, when no post is told with them (an official's post makes the name a real one's).
 */
export const PLACEHOLDER_NAMES = new Set(["张三", "李四", "王五", "赵六", "钱七", "孙八"]);
