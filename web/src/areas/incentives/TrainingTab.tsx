import { useState } from 'react';
import { Alert, App, Button, DatePicker, Drawer, Form, Input, InputNumber, Modal, Progress, Radio, Select, Space, Tag, Typography, Upload } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { api, call, errorText } from '../../api/client';
import { useApi } from '../../components/useApi';
import { submitForm } from '../../components/submitForm';
import { readBase64 } from '../../components/readFile';
import { term } from '../../vocabulary';
import { appToday } from '../../today';
import { rule } from '../../rules';
import { withCitationNames } from '../../citations';
import { DownloadButton } from '../../components/DownloadButton';
import { CardTable } from '../../components/CardTable';
import { useDrawerWidth } from '../../components/useDrawerWidth';

type Course = NonNullable<Awaited<ReturnType<typeof loadCourses>>>[number];
type Preview = { committed: boolean; imported: number; good: { row: number; name: string; hours: number }[]; bad: { row: number; staffNo: string; name: string; reason: string }[] };
const loadCourses = (year: number) => call(api.GET('/api/training/courses', { params: { query: { year } } }));
const years = () => [0, 1, 2].map((d) => appToday().year() - d);

/** 培训 (第9条): courses, sign-in sheets from Excel, and each cadre's hours against the yearly requirement. */
export function TrainingTab() {
  const drawerWidth = useDrawerWidth(820);
  const { message } = App.useApp();
  const [year, setYear] = useState(years()[0]);
  const [view, setView] = useState<'courses' | 'totals'>('totals');
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<Course | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ title: string; organizer: string; kind: string; dates: [Dayjs, Dayjs]; hours: number }>();
  const courses = useApi(() => loadCourses(year), [year]);
  const { data: rules } = useApi(() => call(api.GET('/api/training/rules')), []);
  const totals = useApi(() => call(api.GET('/api/training/totals', { params: { query: { year } } })), [year]);
  const openId = open?.id;
  const records = useApi(() => (openId ? call(api.GET('/api/training/courses/{id}/records', { params: { path: { id: openId } } })) : Promise.resolve([])), [openId]);

  const upload = async (commit: boolean, onlyGood = false) => {
    if (!file || !open) return;
    setBusy(true);
    try {
      const r = await call(api.POST('/api/training/courses/{id}/sign-in', { params: { path: { id: open.id } }, body: { fileName: file.name, contentBase64: await readBase64(file), commit, onlyGood } }));
      setPreview(r);
      if (r.committed) {
        message.success(`已导入 ${r.imported} 人`);
        records.reload();
        courses.reload();
        totals.reload();
      }
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const rows = totals.data?.rows ?? [];
  const short = rows.filter((r) => !r.metOn).length;
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Select value={year} onChange={setYear} options={years().map((y) => ({ value: y, label: `${y} 年` }))} style={{ width: 110 }} />
        <Radio.Group optionType="button" value={view} onChange={(e) => setView(e.target.value)} options={[{ value: 'totals', label: '学时统计' }, { value: 'courses', label: '培训登记' }]} />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          登记培训
        </Button>
        <DownloadButton href={`/api/training/totals.xlsx?year=${year}`} testId="training-hours-export" label="导出学时统计表" format="Excel" />
        <DownloadButton href="/api/training/sign-in-template.xlsx" label="下载签到表模板" format="Excel" />
      </Space>
      {view === 'totals' ? (
        <>
          {totals.data && (
            <Alert
              style={{ marginBottom: 12 }}
              type={short ? 'warning' : 'success'}
              showIcon
              message={`${year} 年应参加培训的干部 ${rows.length} 人，已达到学时要求 ${rows.length - short} 人，尚未达到 ${short} 人。`}
              description={`每年应达学时：${Object.entries(totals.data.required).map(([rank, h]) => `${term('rank', rank)} ${h}`).join('、')}${totals.data.isDefault ? `（此为系统默认${rule('incentives.training.annual_hours')?.note ? `：${withCitationNames(rule('incentives.training.annual_hours')!.note!)}` : ''}）` : ''}`}
            />
          )}
          <CardTable
            layout={{ title: 'name', tags: ['达标'], testId: 'training-hours-card' }}
            rowKey="personId"
            size="small"
            loading={totals.loading}
            dataSource={rows}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: '姓名', dataIndex: 'name', width: 100 },
              { title: '部门及职务', render: (_, r) => `${r.departmentName}${r.title}` },
              { title: '职级', dataIndex: 'rank', width: 100, render: (v) => term('rank', v) },
              { title: '已完成 / 应达学时', width: 260, render: (_, r) => <Space><Progress percent={Math.min(100, Math.round((r.total / (r.required ?? 1)) * 100))} size="small" style={{ width: 120 }} status={r.metOn ? 'success' : 'active'} />{r.total} / {r.required}</Space> },
              { title: '达标', width: 140, render: (_, r) => (r.metOn ? <Tag color="green">{r.metOn} 达标</Tag> : <Tag color="orange">差 {Math.round(((r.required ?? 0) - r.total) * 10) / 10} 学时</Tag>) },
            ]}
          />
        </>
      ) : (
        <CardTable layout={{ title: 'title', tags: ['kindLabel'], testId: 'training-card' }}
          rowKey="id"
          size="small"
          loading={courses.loading}
          dataSource={courses.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: '本年度还没有登记培训' }}
          columns={[
            { title: '培训名称', dataIndex: 'title', render: (v, c) => <a onClick={() => (setOpen(c), setPreview(null), setFile(null))}>{v}</a> },
            { title: '主办单位', dataIndex: 'organizer', width: 200 },
            { title: '类别', dataIndex: 'kindLabel', width: 180 },
            { title: '日期', width: 200, render: (_, c) => (c.startDate === c.endDate ? c.startDate : `${c.startDate} 至 ${c.endDate}`) },
            { title: '学时', dataIndex: 'hours', width: 70 },
            { title: '参训人数', dataIndex: 'attendees', width: 90 },
          ]}
        />
      )}
      <Modal
        title="登记培训"
        open={creating}
        onCancel={() => setCreating(false)}
        destroyOnHidden
        onOk={() =>
          submitForm(
            form,
            message,
            (v) => call(api.POST('/api/training/courses', { body: { title: v.title, organizer: v.organizer, kind: v.kind, startDate: v.dates[0].format('YYYY-MM-DD'), endDate: v.dates[1].format('YYYY-MM-DD'), hours: v.hours } })),
            '已登记，请导入签到表',
            () => (setCreating(false), courses.reload(), setView('courses')),
          )
        }
      >
        <Form form={form} layout="vertical" initialValues={{ kind: 'organized' }}>
          <Form.Item name="title" label="培训名称" rules={[{ required: true, min: 4, message: '请填写培训名称' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="organizer" label="主办单位" rules={[{ required: true, message: '请填写主办单位' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="kind" label="类别">
            <Select options={(rules?.kinds ?? []).map((k) => ({ value: k.key, label: k.label }))} />
          </Form.Item>
          <Space>
            <Form.Item name="dates" label="起止日期" rules={[{ required: true, message: '请选择起止日期' }]}>
              <DatePicker.RangePicker />
            </Form.Item>
            <Form.Item name="hours" label="学时" rules={[{ required: true, message: '请填写学时' }]}>
              <InputNumber min={1} max={2000} precision={0} />
            </Form.Item>
          </Space>
        </Form>
      </Modal>
      <Drawer width={drawerWidth} open={!!open} onClose={() => setOpen(null)} title={open?.title}>
        {open && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text type="secondary">
              {open.organizer}　{open.kindLabel}　{open.startDate} 至 {open.endDate}　{open.hours} 学时
            </Typography.Text>
            <Space>
              <Upload maxCount={1} accept=".xlsx" beforeUpload={(f) => (setFile(f), setPreview(null), false)} onRemove={() => (setFile(null), setPreview(null))}>
                <Button icon={<UploadOutlined />}>选择签到表（Excel）</Button>
              </Upload>
              <Button disabled={!file} loading={busy} onClick={() => void upload(false)}>
                校验
              </Button>
              <DownloadButton href={`/api/training/sign-in-template.xlsx?courseId=${open.id}`} label="下载本次培训签到表" format="Excel" />
            </Space>
            {preview && !preview.committed && (
              <>
                <Alert
                  type={preview.bad.length ? 'warning' : 'success'}
                  showIcon
                  message={`正确 ${preview.good.length} 行，错误 ${preview.bad.length} 行`}
                  action={
                    <Space>
                      {!preview.bad.length && <Button type="primary" size="small" loading={busy} onClick={() => void upload(true)}>全部导入</Button>}
                      {preview.bad.length > 0 && preview.good.length > 0 && <Button size="small" loading={busy} onClick={() => void upload(true, true)}>只导入正确的 {preview.good.length} 行</Button>}
                    </Space>
                  }
                />
                {preview.bad.length > 0 && (
                  <CardTable layout={{ title: 'name', tags: ['row'], blocks: ['reason'], testId: 'sign-in-problem-card' }} rowKey="row" size="small" pagination={false} dataSource={preview.bad} columns={[{ title: '行', dataIndex: 'row', width: 60 }, { title: '工号', dataIndex: 'staffNo', width: 110 }, { title: '姓名', dataIndex: 'name', width: 100 }, { title: '问题', dataIndex: 'reason' }]} />
                )}
              </>
            )}
            <Typography.Title level={5}>参训人员（{records.data?.length ?? 0}）</Typography.Title>
            <CardTable layout={{ title: 'name', tags: ['staffNo'], testId: 'training-record-card' }} rowKey="personId" size="small" loading={records.loading} dataSource={records.data ?? []} pagination={{ pageSize: 15, hideOnSinglePage: true }} columns={[{ title: '工号', dataIndex: 'staffNo', width: 120 }, { title: '姓名', dataIndex: 'name' }, { title: '学时', dataIndex: 'hours', width: 80 }]} />
          </Space>
        )}
      </Drawer>
    </>
  );
}
