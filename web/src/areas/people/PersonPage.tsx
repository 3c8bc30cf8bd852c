import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Modal, Space, Tag } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { api, call, errorText } from '../../api/client';
import { submitForm } from '../../components/submitForm';
import type { PersonDetail } from '../../api/types';
import { useAuth } from '../../auth';
import { useApi } from '../../components/useApi';
import { DutyTable } from '../../components/DutyTable';
import { CardTable } from '../../components/CardTable';
import { FLAG_LABELS, GENDER_LABELS, PERSON_STATUS_LABELS } from '../../labels';
import { PersonForm, fromPerson, toPersonBody, type PersonFormValues } from './PersonForm';
import { AppointModal, EndTenureModal } from './AppointModal';
import { ProtectionsCard } from '../tolerance';
import { AppraisalCard, ProfileCard, TrainingCard } from '../incentives';
import { DossierCard } from './DossierCard';
import { term } from '../../vocabulary';
import { PageHeader } from '../../components/PageHeader';
import { RevealField, revealField } from './RevealField';

type Current = PersonDetail['currentPosts'][number];
const flags = (c: Current) =>
  [c.isHead && 'head', c.isKeyPost && 'key_post', c.isHighRiskPost && 'high_risk_post', c.isDualRole && 'dual_role'].filter(Boolean).map((f) => <Tag key={f as string} color="purple">{FLAG_LABELS[f as string]}</Tag>);

export function PersonPage() {
  const id = Number(useParams().id);
  const { can, me } = useAuth();
  const { message } = App.useApp();
  const { data: p, error, loading, reload } = useApi(() => call(api.GET('/api/persons/{id}', { params: { path: { id }, query: { masked: 'true' } } })), [id]);
  const [editing, setEditing] = useState(false);
  const [appointing, setAppointing] = useState(false);
  const [ending, setEnding] = useState<{ id: number; title: string } | null>(null);
  const [form] = Form.useForm<PersonFormValues>();
  if (error) return <Alert type="error" message={error} />;
  if (!p) return <Card loading={loading} />;
  const writer = can('roster.write');
  const save = () =>
    submitForm(form, message, (v) => call(api.PATCH('/api/persons/{id}', { params: { path: { id } }, body: toPersonBody(v) as never })), '已保存', () => {
      setEditing(false);
      reload();
    });
  // The page shows the ID and mobile numbers masked: editing reads them in full (audited) so the form saves them unchanged.
  const edit = async () => {
    try {
      const [idNumber, phone] = await Promise.all([revealField(id, 'idNumber'), p.phone === null ? null : revealField(id, 'phone')]);
      form.setFieldsValue(fromPerson({ ...p, idNumber, phone: phone ?? undefined }) as never);
      setEditing(true);
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <div>
      <PageHeader
        crumbs={[{ title: '人员', to: '/people' }]}
        title={p.name}
        testId="person-name"
        tags={<Tag>{PERSON_STATUS_LABELS[p.status]}</Tag>}
        actions={writer && (
          <>
            <Button onClick={() => void edit()} title="编辑时显示完整的身份证号和手机号（将记入审计日志）">编辑信息</Button>
            <Button type="primary" onClick={() => setAppointing(true)}>任职</Button>
          </>
        )}
      />
      <Card size="small" title="基本信息" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label="工号">{p.staffNo}</Descriptions.Item>
          <Descriptions.Item label="性别">{GENDER_LABELS[p.gender]}</Descriptions.Item>
          <Descriptions.Item label="出生日期">{p.birthDate}</Descriptions.Item>
          <Descriptions.Item label="身份证号"><RevealField personId={id} field="idNumber" masked={p.idNumber} mayReveal={p.mayReveal} /></Descriptions.Item>
          <Descriptions.Item label="政治面貌">{term('political', p.politicalStatus)}</Descriptions.Item>
          <Descriptions.Item label="参加工作时间">{p.hireDate}</Descriptions.Item>
          <Descriptions.Item label="联系电话"><RevealField personId={id} field="phone" masked={p.phone} mayReveal={p.mayReveal} /></Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title="现任职务" style={{ marginBottom: 16 }} data-testid="current-posts">
        <CardTable<Current>
          layout={{ title: 'title', tags: ['rank'], actions: ['op'], testId: 'current-post-card' }}
          rowKey="tenureId"
          size="small"
          pagination={false}
          dataSource={p.currentPosts}
          locale={{ emptyText: '无现任职务' }}
          columns={[
            { title: '部门', dataIndex: 'departmentName', render: (v, c) => <Link to={`/departments/${c.departmentId}`}>{v}</Link> },
            { title: '职务', dataIndex: 'title', render: (v, c) => <>{v} {flags(c)}</> },
            { title: '职级', dataIndex: 'rank', render: (v) => term('rank', v) },
            { title: '任现职时间', dataIndex: 'postSince' },
            { title: '任现职年限', dataIndex: 'yearsInPost', render: (v) => `${v} 年` },
            { title: '在本部门年限', dataIndex: 'yearsInDepartment', render: (v, c) => `${v} 年（自 ${c.departmentSince}）` },
            ...(writer ? [{ title: '操作', key: 'op', render: (_: unknown, c: Current) => <Button size="small" onClick={() => setEnding({ id: c.tenureId, title: c.title })}>免职</Button> }] : []),
          ]}
        />
      </Card>
      {p.oversights.length > 0 && (
        <Card size="small" title="分管（联系）部门" style={{ marginBottom: 16 }}>
          <Space wrap>
            {p.oversights.map((o) => (
              <Tag key={o.id} color={o.endDate ? 'default' : 'blue'}>
                <Link to={`/departments/${o.departmentId}`}>{o.departmentName}</Link>（{o.startDate} 起{o.endDate ? `，至 ${o.endDate}` : ''}）
              </Tag>
            ))}
          </Space>
        </Card>
      )}
      <AppraisalCard personId={id} />
      <TrainingCard personId={id} />
      {(can('tolerance.read') || me?.personId === id) && <ProtectionsCard personId={id} />}
      <Card size="small" title="相关应办事项" style={{ marginBottom: 16 }} data-testid="person-duties">
        <DutyTable rows={p.duties} pagination={false} />
      </Card>
      <ProfileCard personId={id} />
      {writer && <DossierCard personId={id} />}
      <Card size="small" title="任职经历">
        <CardTable
          layout={{ title: 'title', tags: ['period'], testId: 'tenure-card' }}
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={p.tenures}
          columns={[
            { title: '起止时间', key: 'period', render: (_, t) => `${t.startDate} 至 ${t.endDate ?? '今'}` },
            { title: '部门', dataIndex: 'departmentName' },
            { title: '职务', dataIndex: 'title' },
            { title: '职级', dataIndex: 'rank', render: (v) => term('rank', v) },
            { title: '任职文号/原因', key: 'a', render: (_, t) => [t.appointDocNo, t.appointReason].filter(Boolean).join('，') },
            { title: '免职文号/原因', key: 'e', render: (_, t) => [t.endDocNo, t.endReason].filter(Boolean).join('，') || '—' },
          ]}
        />
      </Card>
      <Modal title="编辑人员信息" open={editing} onOk={save} onCancel={() => setEditing(false)} okText="保存" cancelText="取消" width={640} destroyOnHidden forceRender>
        <PersonForm form={form} withStatus wasRetired={p.status === 'retired'} />
      </Modal>
      <AppointModal personId={id} open={appointing} onClose={() => setAppointing(false)} onDone={() => { setAppointing(false); reload(); }} />
      <EndTenureModal tenure={ending} onClose={() => setEnding(null)} onDone={() => { setEnding(null); reload(); }} />
    </div>
  );
}
