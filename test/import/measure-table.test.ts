// KR sentences → the measure the importer infers. Sentences from seeds 000, 003 and 004 (marked) and
// our own, traps included. Every row must pass; shapes the importer cannot read right are in LIMITS,
// where the honest answer is "not inferred" (no measure, and a note saying why).
import { describe, expect, it } from 'vitest';
import { inferMeasure } from '../../src/core/import/index.ts';

const P = { id: '2026', start: '2026-01-01', end: '2026-12-31' };

type Want = { type: string; target?: number | string; unit?: string; baseline?: number | string; due?: string; steps?: number };

const ROWS: [string, string, Want][] = [
  // seed 000
  ['000', '将“百万元投诉率”作为核心健康指标，同比下降10%。', { type: 'decrease', target: '-10%', baseline: '去年' }],
  ['000', '在首购UE模型净利率≥0%的约束下，稳定获取有效流量（Leads），确保年度收入目标达成。', { type: 'at-least', target: 0, unit: '%' }],
  ['000', '完成至少 2个新品类（如大健康/兴趣类）的MVP课程0-1市场验证，3个月内单月GMV达到100万测试门槛。', { type: 'increase', target: 2, unit: '个' }],
  ['000', '基于VOC（用户之声）和数据洞察，每季度输出《市场机会洞察报告》，为新课程研发提供至少2个明确方向建议。', { type: 'milestone', steps: 4 }],
  ['000', '将销售团队的绩效与“所服务用户的百万元投诉率”强挂钩，权重不低于30%，引导销售过程回归真实价值传递。', { type: 'at-least', target: 30, unit: '%' }],
  ['000', '100%推行新版合规销售SOP，并通过AI质检工具实现高危违规话术（如保证收益）的实时拦截，违规率降至 5% 以下。', { type: 'decrease', target: 5, unit: '%' }],
  ['000', '通过AI助教/班主任等工具，将标准化服务覆盖率提升至 80%，实现前端人效提升 50%。', { type: 'increase', target: 80, unit: '%' }],
  ['000', '将首购用户“开营后14天满意度/NPS”纳入核心考核，目标值 ≥X，并与销售激励直接关联。', { type: 'at-least', target: 'X' }],
  ['000', '明确并提升“学员合格毕业率”，确保毕业学员技能达标率 ≥70%，并建立可验证的技能评估标准。', { type: 'at-least', target: 70, unit: '%' }],
  ['000', '基于2025年VOC恳谈会反馈，Q1完成核心课程（如攀登计划L1/L2）的针对性重构，重点解决“学不会”、“耗时过长”问题。', { type: 'milestone', due: '2026-03-31', steps: 1 }],
  ['000', '确保全年有 2个新课程成功上线并达到卓越/优秀标准（6个月时间单月GMV过300万，UE健康）。', { type: 'increase', target: 2, unit: '个', due: '2026-12-31' }],
  ['000', '将AI工具深度融入课程设计、教学服务与学员测评流程，实现敏捷研发，课程研发效率提升100%', { type: 'increase', target: '+100%' }],
  ['000', '启动并跑通“结业后3个月轻陪伴计划”，将结业学员3个月内活跃留存率提升至40%。', { type: 'increase', target: 40, unit: '%' }],
  ['000', '加速交付撮合平台迭代，实现学员能力画像与商单的初步智能匹配，确保毕业学员接单成功率≥5%。', { type: 'at-least', target: 5, unit: '%' }],
  ['000', '优化班主任激励模型，降低复购金额的直接挂钩比例，提升“学员满意度”、“商单撮合成交率”等指标权重。', { type: 'manual' }],
  ['000', '基于服务数据，建立“学员退费风险预警模型”并于Q2上线，实现主动干预，将因服务问题导致的退费率降低 20%。', { type: 'decrease', target: '-20%' }],
  ['000', '将已验证的AI助教/班主任能力规模化推广，在2026年实现标准化服务环节的人力替代率40%，并将因此节省全年净利润2%的成本。', { type: 'increase', target: 40, unit: '%' }],
  ['000', '完成“学员能力画像”系统V1.0 开发并上线，实现商单智能匹配成功率提升至50%，初步验证“数据-能力-变现”的闭环。', { type: 'increase', target: 50, unit: '%' }],
  ['000', '确保交付撮合平台及其“内部投诉与反馈通道”在Q3前全面上线并实现与客服、质检系统打通，外部投诉率降低30%。', { type: 'decrease', target: '-30%' }],
  ['000', '实现业务流量100%自动分配，打通从leads-转化-服务的数据闭环。', { type: 'increase', target: 100, unit: '%' }],
  // seed 003
  ['003', '制定 xx 产品线三年发展规划,针对全球各地市场及用户群形成精细化的策略打法', { type: 'milestone', steps: 1 }],
  ['003', '开拓海外市场,进入超过 20 个国家,海外市场DAU达到 1 亿', { type: 'increase', target: 20, unit: '个' }],
  ['003', 'XX 产品线开拓 XX 服务模式,探索 2-3 个细分服务方向,年底MVP跑通', { type: 'increase', target: 2, unit: '个' }],
  ['003', '智能家电解决方案实现全面商业化,年收入达到 3 亿', { type: 'increase', target: 3, unit: '亿' }],
  ['003', '智能音箱业务、零售机器人业务出货实现 100% 增长', { type: 'increase', target: '+100%' }],
  ['003', 'AI 语音及视觉识别 API 日均调用达到 1 亿次,成为开发者的第一选择', { type: 'increase', target: 1, unit: '亿次' }],
  ['003', '完善内部创新机制,新产品立项达 50 个,商业化转化达 10%', { type: 'increase', target: 50, unit: '个' }],
  ['003', '关注关键高成长业务员工稳定性,员工流失率控制在 10% 以下', { type: 'at-most', target: 10, unit: '%' }],
  ['003', '提升员工满意度,年度敬业度调研达到 60 分以上', { type: 'at-least', target: 60, unit: '分' }],
  ['003', '1月底前建立完整的客户目标群体、用户画像和产品策略分析', { type: 'milestone', due: '2026-01-31', steps: 1 }],
  ['003', '2月底前提供全面的产品功能指南,以支持 3月底之前的营销和销售工作', { type: 'milestone', due: '2026-02-28', steps: 1 }],
  ['003', '3月底前建设完成产品风格,上线新的视觉与交互,满意度达到 90%', { type: 'increase', target: 90, unit: '%', due: '2026-03-31' }],
  ['003', '完成 2 个迭代周期产品原型,实现并上线一个全新版本', { type: 'increase', target: 2, unit: '个' }],
  ['003', 'Q1 所有 P0 及 P1 产品需求上线率达到 90%', { type: 'increase', target: 90, unit: '%', due: '2026-03-31' }],
  ['003', '30 日留存率提高至 50%', { type: 'increase', target: 50, unit: '%' }],
  ['003', '截止 2月底上门拜访 6 家合作客户,线上用户访谈进行 60 次', { type: 'increase', target: 6, unit: '家', due: '2026-02-28' }],
  ['003', '截止 3月中旬为产品中 Top 5% 的用户建立用户模型', { type: 'milestone', due: '2026-03-20', steps: 1 }],
  ['003', '截止 3月中旬完成 10,000 份用户调查问卷,收集用户数据', { type: 'increase', target: 10000, unit: '份', due: '2026-03-20' }],
  ['003', '截止 Q1 结束把用户访谈和调查问卷数据汇总成一份用户画像指南', { type: 'milestone', due: '2026-03-31', steps: 1 }],
  ['003', '截止 2月结束在移动客户端上设置 10 个 A/B 测试以驱动续费', { type: 'increase', target: 10, unit: '个', due: '2026-02-28' }],
  ['003', '截止 12月之前制定推广和整合计划,与大数据应用和服务团队合作', { type: 'milestone', due: '2026-11-30', steps: 1 }],
  ['003', '完成产品主管的功能要求,并在 10月中旬之前提交设计和开发要求', { type: 'milestone', due: '2026-10-20', steps: 1 }],
  ['003', '截止 11月初发送高级用户订阅功能,将高级用户订阅量提高 2%', { type: 'increase', target: '+2%', due: '2026-11-10' }],
  ['003', '通过社交媒体进行市场教育和完成潜在用户粉丝积累,粉丝增加 20%,社交媒体互动量增加 30%', { type: 'increase', target: '+20%' }],
  ['003', '完成对支出项的预估,执行准确率超过 95%', { type: 'at-least', target: 95, unit: '%' }],
  ['003', '销售额达到 1 亿美元,海外销售额达到 3 千万', { type: 'increase', target: 1, unit: '亿美元' }],
  ['003', '欧洲、日本销售额环比增长100%', { type: 'increase', target: '+100%', baseline: '上期' }],
  ['003', '客户流失率降低至 5%', { type: 'decrease', target: 5, unit: '%' }],
  ['003', '与 50 位目标客户建立联系', { type: 'increase', target: 50, unit: '位' }],
  ['003', '建立并推行二线城市销售激励机制', { type: 'milestone', steps: 1 }],
  ['003', '每月对销售团队进行 2 次主题培训,培训满意度80%', { type: 'at-least', target: 2, unit: '次/月' }],
  ['003', '每双月对销售团队成员进行 1 次匿名调研', { type: 'at-least', target: 1, unit: '次/双月' }],
  ['003', '回访机制:每月回访 20+ 客户,有效反馈上线率达到 80%', { type: 'at-least', target: 20, unit: '客户/月' }],
  ['003', 'NPS 达到 9 分', { type: 'increase', target: 9, unit: '分' }],
  ['003', '截止二月底,向管理层汇报 2020 年客户成功策略', { type: 'milestone', due: '2026-02-28', steps: 1 }],
  ['003', '截止一月中旬,采访 10 位来自不同公司的一级客户领导', { type: 'increase', target: 10, unit: '位', due: '2026-01-20' }],
  ['003', '截止二月中旬,确定 1 到 2 名候选人', { type: 'increase', target: 1, unit: '名', due: '2026-02-20' }],
  ['003', '截止三月底,为每个战略客户配备一名 VIP 服务专员', { type: 'milestone', due: '2026-03-31', steps: 1 }],
  ['003', '截止二月底,雇用两位新的客户成功专员', { type: 'increase', target: 2, unit: '位', due: '2026-02-28' }],
  ['003', '发行、运营团队提前准备好发行渠道对接、线上化运营等方案,X 月底前内部评审通过', { type: 'milestone', due: 'X月底前', steps: 1 }],
  ['003', '年底内成功上线 xx 游戏,全年总流水突破 xxxx 万,贡献利润突破 xxxx 万', { type: 'increase', target: 'xxxx', unit: '万', due: '2026-12-31' }],
  ['003', 'X 月前,完成 X 个角色、场景、模型等设计,能够满足策划团队对爆款产品美术风格的要求', { type: 'increase', target: 'X', unit: '个', due: 'X月前' }],
  ['003', '在 X 月 X 日前完成现有人力资源风险点识别与分析,输出分析报告,并通过管理团队评审', { type: 'milestone', due: 'X月X日前', steps: 1 }],
  ['003', '力争销售额同比提升 50% 以上', { type: 'increase', target: '+50%', baseline: '去年' }],
  ['003', '持续拓展线上渠道影响力,主抓节庆日营销,力争销售额同比翻倍', { type: 'increase', target: '+100%', baseline: '去年' }],
  ['003', '营业成本下降 xx%', { type: 'decrease', target: '-xx%' }],
  ['003', '每日设计至少两份高质量推文,字数不少于 2,000,阅读数量不低于 10,000', { type: 'at-least', target: 2, unit: '份/日' }],
  ['003', '设计至少十场线上转发抽奖活动,单场平均转发量不低于两万,回粉率不低于一万', { type: 'increase', target: 10, unit: '场' }],
  ['003', '分析当前团队规模是否合理,按需调整规模,保证周期末客户综合接通率维持在 90-92%', { type: 'at-least', target: 90, unit: '%' }],
  ['003', '更新热点 faq 到机器人,减少人工进线量,会员机器人转人工比例控制在 12%-14%', { type: 'at-most', target: 14, unit: '%' }],
  ['003', 'xxx 系统可用率达到 99.99%', { type: 'increase', target: 99.99, unit: '%' }],
  ['003', '实施评估 Outbound 和 Inbound 新流程,缩短正常流程时间至一周以内', { type: 'decrease', target: 1, unit: '周' }],
  ['003', '数据报告:活动指标、渠道指标和结果指标自动生成摘要报告发送给销售人员,节省销售人工申请报告时间 1 小时', { type: 'decrease', target: '-1', unit: '小时' }],
  ['003', '推广实施新的薪酬方案,落地两月后进行二次薪酬满意度调研,满意度应不低于 90%', { type: 'at-least', target: 90, unit: '%' }],
  ['003', '招聘测试工程师 x 人(满足 xx 要求),提升团队 xx 能力', { type: 'increase', target: 'x', unit: '人' }],
  ['003', '周年庆典:设立周年庆活动专项小组,确保活动顺利落地执行。活动前 4 周完成主题和方案细化', { type: 'milestone', steps: 1 }],
  // seed 004
  ['004', 'NPS从45分提升到55分', { type: 'increase', target: 55, unit: '分', baseline: 45 }],
  ['004', '客户留存率从65%提升到75%', { type: 'increase', target: 75, unit: '%', baseline: 65 }],
  ['004', '返修率从12%降至5%', { type: 'decrease', target: 5, unit: '%', baseline: 12 }],
  ['004', '搜索结果准确率达到95%', { type: 'increase', target: 95, unit: '%' }],
  ['004', '搜索速度在1秒内完成', { type: 'at-most', target: 1, unit: '秒' }],
  ['004', '高价值客户(RFM评分>8)触达率达到100%', { type: 'increase', target: 100, unit: '%' }],
  ['004', '完成全国10个重点门店的服务流程诊断,输出10份优化方案', { type: 'increase', target: 10, unit: '个' }],
  ['004', '建立售后数据看板,核心指标(NPS/FTR/留存率)实时可视化', { type: 'milestone', steps: 1 }],
  ['004', '人工咨询量减少30%', { type: 'decrease', target: '-30%' }],
  ['004', 'Q4前FTR提升到95%', { type: 'increase', target: 95, unit: '%', due: '2026-09-30' }],
  // our own, traps included
  ['own', '面向 2B 客户的续约率提升至 85%', { type: 'increase', target: 85, unit: '%' }],
  ['own', 'X产品日活达到 50 万', { type: 'increase', target: 50, unit: '万' }],
  ['own', 'xx 产品线毛利率不低于 30%', { type: 'at-least', target: 30, unit: '%' }],
  ['own', '每月一次向管理层汇报进展', { type: 'at-least', target: 1, unit: '次/月' }],
  ['own', '在Q3前完成新版官网上线', { type: 'milestone', due: '2026-06-30', steps: 1 }],
  ['own', '年底前完成 ISO27001 认证', { type: 'milestone', due: '2026-12-31', steps: 1 }],
  ['own', '2026年营收达到 6 亿元', { type: 'increase', target: 6, unit: '亿元' }],
  ['own', '客单价达到 X万元', { type: 'increase', target: 'X', unit: '万元' }],
  ['own', '复购率提升 X%', { type: 'increase', target: '+X%' }],
  ['own', '渠道收入达到 X亿', { type: 'increase', target: 'X', unit: '亿' }],
  ['own', '人效提升至 X倍', { type: 'increase', target: 'X', unit: '倍' }],
  ['own', '获客成本较2025 Q4 降15%', { type: 'decrease', target: '-15%', baseline: '2025 Q4' }],
  ['own', '投诉率比去年降低10%', { type: 'decrease', target: '-10%', baseline: '去年' }],
  ['own', '环比增长超过X%', { type: 'increase', target: '+X%', baseline: '上期' }],
  ['own', '6月中旬完成中期复盘', { type: 'milestone', due: '2026-06-20', steps: 1 }],
  ['own', '上半年签约 30 家渠道商', { type: 'increase', target: 30, unit: '家', due: '2026-06-30' }],
  ['own', '工单 48 小时结案率不低于 95%', { type: 'at-least', target: 95, unit: '%' }],
  ['own', 'P1 以上故障数降至 2 次以内', { type: 'decrease', target: 2, unit: '次' }],
  ['own', '每周发布 3 篇技术博客', { type: 'at-least', target: 3, unit: '篇/周' }],
  ['own', '员工满意度保持 90 分以上', { type: 'at-least', target: 90, unit: '分' }],
  ['own', '退货率不超过 3%', { type: 'at-most', target: 3, unit: '%' }],
  ['own', '首响时间缩短至 30 秒', { type: 'decrease', target: 30, unit: '秒' }],
  ['own', '服务器成本节省 20%', { type: 'decrease', target: '-20%' }],
  ['own', '完成 L1/L2 客服知识库建设', { type: 'milestone', steps: 1 }],
  ['own', '发布 V2.0 版本', { type: 'milestone', steps: 1 }],
  ['own', '持续优化推荐算法', { type: 'manual' }],
  ['own', 'Top 10 客户续约率达到 100%', { type: 'increase', target: 100, unit: '%' }],
  ['own', '招聘两名资深工程师', { type: 'increase', target: 2, unit: '名' }],
  ['own', '活跃用户突破 10,000 人', { type: 'increase', target: 10000, unit: '人' }],
  ['own', '2020年以来的老客户召回 500 人', { type: 'increase', target: 500, unit: '人' }],
  ['own', '3个月内完成系统迁移', { type: 'milestone', steps: 1 }],
  ['own', '14天满意度达到 4.8 分', { type: 'increase', target: 4.8, unit: '分' }],
  ['own', '截止一月中旬完成供应商评审', { type: 'milestone', due: '2026-01-20', steps: 1 }],
];

/** Shapes the format (or the importer) cannot hold: the measure is left out and the report says why. */
const LIMITS: [string, string, string][] = [
  ['003', '制定销售计划,第一个月实现 30%,第二个月实现 65% 的销售业绩目标', 'staged targets: a measure holds one target'],
  ['003', '新版本财务日报上线,展示科目和维度需进一步细化,数据更新周期缩短至 T+8 小时', 'T+8 is a turnaround, not a plain number'],
  ['003', '提升产品影响力,通过线上与 KOL 合作种草+线下广告投放,达到尼尔森市场调研细分领域品牌影响力前三', 'a rank target (前三)'],
  ['003', 'KA 支持:支撑销售获取 xx 个 KA 客户,KA 客户 AU 超过上双月 xx %以上', 'a floor relative to the last period'],
  ['003', '优化 xx 算法,提升系统对客户需求的反应速度至 xx 秒,同时维持 bug 率不变', '提升 a time: faster or more is not said'],
];

function got(sentence: string): Want | undefined {
  const r = inferMeasure(sentence, P);
  if (!r.measure) return undefined;
  const m = r.measure;
  return {
    type: m.type,
    ...(m.target !== undefined ? { target: m.target } : {}),
    ...(m.unit ? { unit: m.unit } : {}),
    ...(m.baseline !== undefined ? { baseline: m.baseline } : {}),
    ...(r.due ? { due: r.due } : {}),
    ...(m.steps ? { steps: m.steps.length } : {}),
  };
}

describe('KR sentence → measure', () => {
  it('has at least 80 sentences, from seeds 000, 003, 004 and our own', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(80);
    for (const from of ['000', '003', '004', 'own']) expect(ROWS.some((r) => r[0] === from)).toBe(true);
  });
  it.each(ROWS)('%s: %s', (_from, sentence, want) => {
    expect(got(sentence)).toEqual(want);
  });
});

describe('known limits: not inferred, with the reason in the report', () => {
  it.each(LIMITS)('%s: %s (%s)', (_from, sentence) => {
    const r = inferMeasure(sentence, P);
    expect(r.measure).toBeUndefined();
    expect(r.notes.some((n) => n.kind === 'not-inferred')).toBe(true);
  });
});

describe('never invents a number', () => {
  it.each(ROWS)('%s: every number in the measure is written in the sentence: %s', (_from, sentence) => {
    const m = inferMeasure(sentence, P).measure;
    const numbers = [m?.target, m?.baseline].filter((v) => v !== undefined).map((v) => String(v).replace(/^[+-]|%$/g, ''));
    const digits = sentence.replace(/,(?=\d{3})/g, '');
    const words: Record<string, string> = { 一: '1', 两: '2', 十: '10', 翻倍: '100' };
    for (const n of numbers) {
      if (!/^\d+(?:\.\d+)?$/.test(n)) continue; // placeholders (X) and baseline labels (去年)
      const written = digits.includes(n) || Object.entries(words).some(([w, v]) => v === n && sentence.includes(w));
      expect(written, `${n} is not in "${sentence}"`).toBe(true);
    }
  });
});
