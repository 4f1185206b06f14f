// Part of the interface dictionary (src/lib/i18n/zh.ts re-exports it). Client code imports
// this module directly so each page's bundle carries only the strings it shows.

const two = (n: number) => n.toFixed(2);

/** Strings of the class report's item analysis, drill paths and people × standards grid. */
export const analysisText = {
  findingsTitle: '先看这里',
  reviewTitle: '值得改写或重讲的题',
  reviewNone: '没有被标记的题。',
  mistakesTitle: '全班最常犯的错',
  mistakesNone: '没有哪个错误选择被四分之一以上的人选中。',
  mistake: (choice: string, count: number, share: number) =>
    `${count} 人（${Math.round(share * 100)}%）选了：${choice}`,

  itemsTitle: '逐题分析',
  itemsIntro:
    '每道题一行；演练的每个决策点也各占一行，编号写作“演练编号:决策点编号”。各列的意思见下方说明。',
  glossaryTitle: '这些数字怎么看',
  glossary: [
    [
      '作答人数',
      '答了这道题的人数。演练中不同选择会走到不同的决策点，所以决策点只算走到这一步并做了选择的人。',
    ],
    [
      '答对率',
      '完全答对的人占作答人数的比例，从 0 到 1；演练决策点以选了最佳做法为答对。高于 0.9 说明几乎人人都会，题目可能太容易；低于 0.2 说明多数人答错，要么培训没讲透，要么题目本身有问题。',
    ],
    [
      '区分度',
      '答得好的人和答得差的人在这题上差多少。把学员按总分排队，取前 27% 和后 27% 两组，用前一组在这题上的得分率减去后一组的得分率，从 −1 到 1。0.3 以上说明这题能把学得好的人和没学好的人分开；接近 0 说明分不开；小于 0 说明总分高的人反而更容易答错，常见原因是答案设错、题干有歧义，或某个错误选项比正确答案更像对的。少于 10 份成绩码时不计算。',
    ],
    [
      '平均得分',
      '作答人在这题上的平均分（0–100）。多选、排序、归类题和演练决策点有部分得分，所以平均得分会高于只算全对的答对率。',
    ],
    [
      '各选项人数',
      '每个选项有多少人选，按题目原本的选项顺序列出（学员作答时看到的顺序是打乱的，不影响统计）。标“✓”的是正确选项，多选题可能不止一个；演练中标的是最佳做法。多选题一人可选几项，人数相加会多于作答人数。排序题和归类题列出每一项有多少人放对了位置。',
    ],
    [
      '没人选的干扰项',
      '某个错误选项一个人都没选，说明它一眼就能排除，没有起到考查作用；可以改写成工作中真会出现的错误做法。',
    ],
    [
      '标记',
      '太容易（答对率高于 0.9）、太难（低于 0.2）、区分度为负、有没人选的干扰项，满足任何一条就标出来。作答不到 5 人的题不标记：人太少时比例起伏很大。',
    ],
  ] as [string, string][],
  columns: {
    item: '题目 / 决策点',
    answered: '作答人数',
    facility: '答对率',
    discrimination: '区分度',
    average: '平均得分',
    choices: '各选项人数',
    flags: '标记',
  },
  types: {
    single: '单选',
    multiple: '多选',
    ordering: '排序',
    categorise: '归类',
    decision: '演练决策点',
  },
  fewCodes: (n: number, min: number) =>
    `只有 ${n} 份成绩码，少于 ${min} 份，区分度一栏留空：人太少时前后两组各只有两三个人，算出来的数字不可靠。`,
  noDiscrimination: '—',
  notReached: '没有人走到这一步',
  noAnswers: '没有人作答',
  bestMark: '✓',
  bestLabel: { question: '正确选项', decision: '最佳做法' },
  choiceCount: (n: number) => `${n} 人`,
  partRight: (n: number) => `${n} 人放对`,
  choiceNumber: (i: number) => `${i + 1}. `,
  noFlags: '—',
  flag: {
    tooEasy: (facility: number) => `太容易：答对率 ${two(facility)}，高于 0.9`,
    tooHard: (facility: number) => `太难：答对率 ${two(facility)}，低于 0.2`,
    negative: (d: number) => `区分度为负（${two(d)}）：总分高的人反而更常答错，请检查答案和题干`,
    unused: (choices: readonly number[]) =>
      `没人选的干扰项：选项 ${choices.map((i) => i + 1).join('、')}，起不到考查作用`,
  },

  pathsTitle: '演练路径',
  pathsIntro: '每个演练：全班走到了哪些结局、各多少人，以及最多人走的那条完整路径。',
  pathsNone: '这份作业没有演练。',
  played: (n: number, unfinished: number) =>
    `${n} 人做了这个演练` +
    (unfinished ? `，其中 ${unfinished} 人时间到时还没走到结局` : '') +
    '。',
  notPlayed: '还没有人做这个演练。',
  endingsTitle: '走到的结局',
  ending: (title: string, outcome: string, count: number) => `${title}（${outcome}）：${count} 人`,
  commonPath: (count: number, ties: number) =>
    `最多人走的路径（${count} 人${ties ? `；另有 ${ties} 条路径也是 ${count} 人走的，这里列出其中一条` : ''}）`,
  allDifferent: '每个人走的路径都不一样：请看逐题分析中各决策点的选择人数。',
  notBest: '不是最佳做法',
  endsAt: (title: string) => `结局：${title}`,

  gridTitle: '学员 × 六项标准',
  gridIntro:
    '每格是这名学员在这项标准上的得分（0–100），由演练中涉及这项标准的决策和标注了这项标准的题目算出；“—”表示这份作业没有考到这项标准。格子按分数分四档着色，格中的数字就是结果，不看颜色也能读。点表头可按学员或按某项标准排序；按标准排序时低分在前，再点一次高分在前。',
  gridPerson: '学员',
  gridTotal: '总分',
  legendTitle: '颜色分档',
  bands: { 0: '未涉及', 1: '0–39', 2: '40–59', 3: '60–79', 4: '80–100' } as Record<
    0 | 1 | 2 | 3 | 4,
    string
  >,
  notAtStake: '—',

  versionTitle: '内容版本',
  versionAllCurrent: (version: string) =>
    `所有成绩码都在本页的内容版本（${version}）上完成，一起分析。`,
  versionCurrent: (version: string, codes: number) =>
    `${codes} 份成绩码在本页的内容版本（${version}）上完成。`,
  versionMapped: (version: string, codes: number, mapped: number, separate: number) =>
    `${codes} 份成绩码来自内容版本 ${version}：其中 ${mapped} 项（题目或演练）此后没有改动，已并入上面的逐题分析` +
    (separate ? `；${separate} 项改动过，按版本单独分析（见下）。` : '。'),
  versionUnknown: (version: string, codes: number) =>
    `${codes} 份成绩码来自内容版本 ${version}。这个版本没有登记，无法确认哪些题改过，所以这些成绩码按版本单独分析，不并入上面的逐题分析。`,
  separateTitle: (version: string) => `内容版本 ${version} 的单独分析`,
  separateNote:
    '按本页的答案计分；选项人数按学员当时那一版题目的选项序号统计。题目改过的话，当时的选项文字可能与这里显示的不同，仅供参考。',

  othersLeftOut: (codes: number, titles: readonly string[]) =>
    `另有 ${codes} 个成绩码属于其他作业（${titles.join('、')}），没有计入分析。要看它们，请清空“只核对这份作业”一栏。`,
  noneExpected: '粘贴的成绩码都不属于指定的这份作业。',
  separateGroups: (n: number) => `这些成绩码来自 ${n} 份不同的作业，每份作业分开分析。`,

  exportItems: '导出逐题分析 CSV',
  exportGrid: '导出六项标准 CSV',
  print: '打印 / 存为 PDF（A4）',
  itemsCsvName: (title: string) => `逐题分析-${title}.csv`,
  gridCsvName: (title: string) => `六项标准-${title}.csv`,
  generated: (when: string) => `汇总生成于 ${when}`,

  csv: {
    assignment: '作业',
    table: '分析范围',
    mainTable: '总表',
    versionTable: (version: string) => `内容版本 ${version} 单独分析`,
    id: '编号',
    type: '类型',
    text: '题目 / 决策点',
    option: (i: number) => `选项${i + 1}人数`,
    best: '正确或最佳选项',
    topWrong: '最多人选的错误选项',
    name: '姓名',
    employeeId: '工号',
    total: '总分',
  },
} as const;
