import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, Modal, Tag, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useParams } from 'react-router-dom';
import { api, call } from '../../api/client';
import { useApi } from '../../components/useApi';
import { submitForm } from '../../components/submitForm';
import { TALK_STATUS_LABELS } from '../../labels';
import { term } from '../../vocabulary';
import { occasionLabel, recordRuleNote } from './talkRules';
import { PageHeader } from '../../components/PageHeader';
import { DownloadButton } from '../../components/DownloadButton';

const people = (ps: { id: number; name: string }[]) => ps.map((p, i) => <span key={p.id}>{i > 0 && '、'}<Link to={`/people/${p.id}`}>{p.name}</Link></span>);

export function TalkDetailPage() {
  const id = Number(useParams().id);
  const { message } = App.useApp();
  const { data: t, error, reload } = useApi(() => call(api.GET('/api/talks/{id}', { params: { path: { id } } })), [id]);
  const [holding, setHolding] = useState(false);
  const [form] = Form.useForm<{ talkDate: Dayjs; talkTime: Dayjs; place: string; keyPoints: string; followUps?: string }>();
  if (error) return <Alert type="error" message={error} />;
  if (!t) return <Card loading />;
  const hold = () =>
    submitForm(
      form,
      message,
      (v) => call(api.POST('/api/talks/{id}/hold', { params: { path: { id } }, body: { ...v, talkDate: v.talkDate.format('YYYY-MM-DD'), talkTime: v.talkTime.format('HH:mm'), followUps: v.followUps ?? null } })),
      '谈话已登记为已谈',
      () => {
        setHolding(false);
        reload();
      },
    );
  const cancel = async () => {
    await call(api.POST('/api/talks/{id}/cancel', { params: { path: { id } }, body: { reason: '计划调整' } }));
    message.success('已取消');
    reload();
  };
  return (
    <div>
      <PageHeader
        crumbs={[{ title: '谈心谈话', to: '/talks' }]}
        title={term('talkKind', t.kind)}
        tags={<Tag color={t.status === 'held' ? 'green' : t.status === 'scheduled' ? 'blue' : 'default'}>{TALK_STATUS_LABELS[t.status]}</Tag>}
        actions={
          <>
            {t.notesVisible && t.status === 'held' && (
              <>
                <DownloadButton href={`/api/talks/${t.id}/record.docx`} label="下载记录表" format="Word" />
                <DownloadButton href={`/api/talks/${t.id}/record.pdf`} label="下载记录表" format="PDF" />
              </>
            )}
            {t.status === 'scheduled' && (
              <>
                <Button type="primary" onClick={() => { form.setFieldsValue({ talkDate: dayjs(t.talkDate) }); setHolding(true); }}>登记谈话结果</Button>
                <Button onClick={() => void cancel()}>取消计划</Button>
              </>
            )}
          </>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="谈话人">{people(t.talkers)}</Descriptions.Item>
          <Descriptions.Item label="谈话对象">{people(t.subjects)}</Descriptions.Item>
          <Descriptions.Item label="方式">{term('talkForm', t.form)}</Descriptions.Item>
          <Descriptions.Item label="时间">{t.talkDate} {t.talkTime ?? ''}</Descriptions.Item>
          <Descriptions.Item label="地点">{t.place ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="情形">{t.occasion ? occasionLabel(t.occasion) : '—'}</Descriptions.Item>
          <Descriptions.Item label="记录人">{t.recorder?.name ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title="谈话内容">
        {t.notesVisible ? (
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="谈话前准备">{t.preparationNotes ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="内容要点">
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="key-points">{t.keyPoints ?? '—'}</Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label="后续跟进">{t.followUps ?? '—'}</Descriptions.Item>
          </Descriptions>
        ) : (
          <Alert type="info" showIcon message="谈话内容要点仅谈话人、党委组织部和党委书记可见。" />
        )}
      </Card>
      <Modal title={`登记谈话结果${recordRuleNote()}`} open={holding} onOk={hold} onCancel={() => setHolding(false)} okText="保存" cancelText="取消" forceRender>
        <Form form={form} layout="vertical">
          <Form.Item name="talkDate" label="谈话日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="talkTime" label="谈话时间" rules={[{ required: true, message: '请选择时间' }]}>
            <TimePicker format="HH:mm" minuteStep={5} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="place" label="谈话地点" rules={[{ required: true, message: '请填写地点' }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="keyPoints" label="内容要点" rules={[{ required: true, message: '请填写内容要点' }]}>
            <Input.TextArea rows={4} maxLength={5000} />
          </Form.Item>
          <Form.Item name="followUps" label="后续跟进">
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
