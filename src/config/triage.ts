import type { TriageTree } from '../lib/incident/triage';

/**
 * The 不确定是哪类 question path on /incident/: a few plain questions that lead to one incident
 * card. `incident` names a file in src/content/incidents (without .mdx); `next` names another
 * question here. The build stops with a clear message if an id is wrong or an incident cannot
 * be reached.
 */
export const triageTree: TriageTree = {
  start: 'what',
  questions: [
    {
      id: 'what',
      prompt: '眼下最突出的是哪种情况？',
      answers: [
        { label: '有人受伤、有安全隐患，或工地、样板房出了意外', incident: 'site-accident' },
        { label: '客户在现场吵闹、起冲突，或员工之间闹矛盾', next: 'people' },
        { label: '记者、自媒体或政府部门来人，或政府转来投诉工单', next: 'outsiders' },
        { label: '微博、抖音、小红书或业主群里出现负面帖子、视频', incident: 'online-opinion' },
        { label: '客户的东西丢了、坏了或被偷了', incident: 'property-loss' },
        { label: '客户对房号、价格、定金、费用或承诺有异议', next: 'sale' },
        { label: '交房推迟、集中交付验房，或已交房的业主反映质量问题', next: 'delivery' },
        { label: '客户资料可能外泄，客户接到骚扰电话', incident: 'data-leak' },
      ],
    },
    {
      id: 'people',
      prompt: '现场有多少人卷进来？',
      answers: [
        { label: '多名客户结伴而来，拉横幅、堵门或集体投诉', incident: 'crowd-protest' },
        {
          label: '一两位客户，或员工与客户、员工之间、开发商与业主之间的争执',
          incident: 'on-site-dispute',
        },
        { label: '项目降价后，已购客户来要求补差价或退房', incident: 'price-cut-protest' },
      ],
    },
    {
      id: 'outsiders',
      prompt: '来的是谁？',
      answers: [
        { label: '记者或自媒体到场采访、拍摄，或来电要求采访', incident: 'media-inquiry' },
        { label: '工商、城管、税务、住建等部门来检查', incident: 'government-inspection' },
        { label: '12345 热线、住建或信访转来投诉，要求答复', incident: 'hotline-complaint' },
      ],
    },
    {
      id: 'sale',
      prompt: '客户的异议是关于什么？',
      answers: [
        { label: '房号卖重了，或者折扣、价格算错了', incident: 'double-sold-unit' },
        { label: '认购书没复核就收了定金，或认购书填错', incident: 'unverified-deposit' },
        { label: '税费、付款方式、贷款额没讲清，客户拒交或要改', incident: 'fee-dispute' },
        { label: '销售介绍有误、承诺超出范围，或保留的房号被卖掉', incident: 'misrepresentation' },
        { label: '项目降价或加大优惠，已购客户要求补差价、退房', incident: 'price-cut-protest' },
      ],
    },
    {
      id: 'delivery',
      prompt: '交付方面是哪种情况？',
      answers: [
        { label: '交房日期可能推迟或已经逾期', incident: 'delayed-delivery' },
        { label: '集中交付现场：验房、带验房师、业主拒收房', incident: 'mass-delivery-inspection' },
        { label: '已交房的业主报修渗漏、开裂等质量问题', incident: 'delivery-defects' },
      ],
    },
  ],
};
