/** Chinese names for the identifiers that policy values use, so a rule reads as the regulation does. */
export const VALUE_LABELS: Record<string, string> = {
  // ranks
  principal: '院级正职', leader: '院领导班子成员', middle_chief: '中层正职', middle_deputy: '中层副职', section: '科级', staff: '一般职工',
  // talks
  review: '换届和考察情况专题谈话', appointment: '任职谈话', removal: '免职谈话', retirement: '退休谈话', routine: '日常谈话', reminder_talk: '提醒谈话', other: '其他',
  principal_leadership: '书记、院长—班子成员', leader_middle: '分管院领导—中层干部', middle_staff: '部门中层干部—本部门职工', org_assignment: '特殊情况由组织部指定',
  deviation: '理解和贯彻执行出现偏差', major_event: '个人遇有重大变故', team_conflict: '班子不团结苗头或干部间较大矛盾', weak_appraisal: '年度考评为基本合格或不合格', tendency: '作风、品德、廉洁方面的倾向性苗头',
  life_meeting: '民主生活会（组织生活会）前', own_request: '本人主动要求', major_project: '重大项目、重点工程实施前和推进中',
  individual: '个别谈', group: '集体谈', time: '时间', place: '地点', key_points: '内容要点', rotation: '轮岗交流',
  post_change: '职务发生变动或退休', before_life_meeting: '民主生活会（组织生活会）前',
  subject_background: '了解谈话对象的基本情况', subject_character: '了解谈话对象的性格特点', talk_focus: '把握好谈话重点，因人而异开展谈话',
  // appraisal grades
  excellent: '优秀', competent: '称职', basic: '基本称职', incompetent: '不称职',
  // sidelines
  same_post_all_terms: '同一职位各届累计计算（中断后再任不重新计算）', consecutive_terms: '仅计算连续任期（中断超过规定天数重新计算）',
  academic_journal: '高水平学术期刊编委', international_academic: '国际学术组织',
  leaders_list: '现任领导干部名单', legal_person_certificate: '法人证书复印件', charter: '章程', invitation: '邀请函', commitment: '本人书面承诺', report_evidence: '兼职单位证明材料',
  // tolerance grounds (scitc 第四条, xzcit 第四条, ahzaxy 第11条)
  democratic_decision: '经民主决策、未谋私利且积极挽回损失', pilot_exploration: '先行先试出现探索性失误', bold_innovation: '开拓创新、大胆探索出现失误',
  lenient_acceptance: '容缺受理、容缺审查出现偏差', emergency_response: '处置突发事件或急难险重任务中出现失误', legacy_issues: '化解矛盾、解决历史遗留问题造成损失',
  policy_change: '政策调整或上级部署变化', force_majeure: '自然灾害等不可抗力', law_at_the_time: '按当时规定不应追责或应从轻', unclear_policy_boundary: '政策界限不明确、创造性开展工作出现失误',
  no_explicit_rule: '法律法规制度无明确规定或禁止', no_private_gain: '未谋取私利', force_majeure_or_change: '不可抗力、难以预见因素或形势任务重大变化',
  innovation_without_precedent: '大胆探索创新、无先例可循的无意过失', collective_decision: '严格执行民主集中制、经集体研究决定', active_remedy: '主动采取措施消除影响或挽回损失', exempt_by_law: '党内法规或法律法规规定可免责',
  // tolerance strategies and protections
  apply_to_accountable_department_during_investigation: '谁问责向谁申请，在责任追究调查阶段提出',
  apply_to_party_committee_within_working_days: '启动问责后限期向学院党委书面申请',
  investigate_with_accountability: '启动问责时一并开展容错调查，无需申请',
  annual_appraisal: '年度考核', term_appraisal: '任期考核', promotion: '提拔任用', rank_promotion: '职级晋升', title_appointment: '职称评聘',
  representative_status: '党代表、人大代表、政协委员等资格', awards: '评优评先、表彰奖励', reserve_status: '后备干部资格',
  discipline: '纪委', org: '党委组织部', foreign_affairs: '外事部门',
  department_duty: '部门的应办事项', college_duty: '学院层面（职能部门）的应办事项', escalate_to_overseer: '报分管（联系）院领导',
  middle: '中层领导干部', overseeing_leader: '分管（联系）院领导同意', party_committee: '学院党委审批', org_registration: '党委组织部登记备案',
  provincial_department_party_group: '省经济和信息化厅党组审批', written_report: '向学院党委提出书面报告', role_performed: '兼职发挥作用情况', pay_received: '是否取酬', expenses: '职务消费和报销有关工作费用情况', evidence: '兼职单位相关证明材料', end_statement: '兼职单位出具的书面说明材料', provincial_org_department: '省委组织部审批', foreign_affairs_opinion: '外事部门意见',
  investigating: '责任追究调查阶段',
  suggestion_letter: '纪律检查建议书', regular_interview: '定期约谈', admonition_talk: '诫勉谈话', order_to_correct: '责令纠错、限期整改', talk: '谈心谈话',
  written_inquiry: '函询', meeting: '召开会议澄清', notice: '通报澄清',
  accountability_circular: '通报', accountability_admonition: '诫勉', accountability_organizational: '组织调整或者组织处理', accountability_disciplinary: '纪律处分',
  // interviews
  prevention: '预防提醒谈话', inquiry: '询问示警约谈', admonition: '纠错诫勉约谈', accountability: '问责处分约谈',
  integrity_pledge: '廉政承诺', explanation: '问题说明材料', self_criticism: '错误认识材料', quarter: '每季度',
  party_chief: '党群部门正职、党总支书记—党委书记', admin_chief: '行政部门、二级学院正职—校长', leadership: '班子其他成员—书记或校长；分管部门正职—分管校领导', deputy: '副职—分管领导或部门正职', head_or_key_post: '部门“一把手”、关键岗位—纪委书记',
  party: '党群部门', admin: '行政部门', academic: '二级学院（系部）', support: '教辅单位', enterprise: '校办企业',
  department_head: '各部门主要党员领导干部', dual_responsibility: '履行“一岗双责”的党员领导干部', newly_appointed: '新提拔任用、交流任职的党员领导干部', key_post: '重要部门、关键岗位', high_risk_post: '廉政风险点较高岗位', cleared: '反映问题经核实不属实、需予以澄清',
  open_lead: '有反映问题线索需询问核实', written_inquiry_disposition: '问题线索拟以谈话函询方式处置', admonition_measure: '给予诫勉谈话或纠错约谈', life_meeting_explanation: '要求在民主生活会上作说明', organizational_handling: '给予组织处理', accountability_handling: '给予问责处理', disciplinary_sanction: '给予纪律处分',
  register_form: '党员干部约谈情况登记表', ledger: '党员干部约谈常态化工作台账', statistics_table: '党员干部约谈情况统计表',
  tongren_by_target_post: '按约谈对象的职务确定主谈人', tongren_by_target_rank: '按约谈对象的职级确定组织实施部门',
  chief_deputy_party_secretary: '正职→副职→部门党组织书记，均空缺由纪检监察室督促落实', chief_else_discipline: '正职，空缺由纪检监察室督促落实',
  // incentives
  nominate: '推荐', assess: '审核', decide: '集体研究决定', publish: '公示',
  inaction_tendency: '存在不作为苗头性、倾向性问题', complaint: '信访举报反映', supervision: '日常监督、巡视审计等发现', strong_feedback: '群众反映比较强烈', rotation_refusal: '无正当理由拒不服从轮岗交流决定', move_post: '调离岗位', non_leading_post: '改任非领导职务', dismissal: '免职', demotion: '降职',
  party_school: '党校（行政学院、干部学院）培训', organized: '学院组织的集中培训', online: '网络培训', academic_training: '学术会议和专业研修', on_the_job: '在岗学习和岗位实践锻炼',
  family_hardship: '家庭生活困难', major_misfortune: '重大变故', serious_illness: '本人或直系亲属患重大疾病', bereavement: '直系亲属去世',
  political_veto: '政治上有问题“一票否决”', integrity_zero_tolerance: '廉洁上有问题“零容忍”',
  reminder: '提醒', criticism: '批评教育', rectification: '整改', organizational_adjustment: '组织调整',
};

/** A policy value in words: lists joined with 、, maps as “名：值”, booleans as 是/否, numbers with their unit. */
export function describeValue(value: unknown, unit?: string): string {
  const word = (x: unknown) => (typeof x === 'boolean' ? (x ? '是' : '否') : (VALUE_LABELS[String(x)] ?? String(x)));
  if (Array.isArray(value)) return value.map(word).join('、');
  if (value && typeof value === 'object') return Object.entries(value).map(([k, v]) => `${word(k)}：${describeValue(v)}`).join('；');
  if (typeof value === 'number' && unit) return `${value} ${unit}`;
  if (typeof value === 'number' && value > 0 && value < 1) return `${Math.round(value * 100)}%`;
  return word(value);
}

/** Every identifier in a value that has no Chinese name (a test keeps this empty). */
export function unlabelled(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(unlabelled);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [...unlabelled(k), ...unlabelled(v)]);
  return typeof value === 'string' && /^[a-z_]+$/.test(value) && !VALUE_LABELS[value] ? [value] : [];
}
