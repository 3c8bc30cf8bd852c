import { Card, Descriptions, Image, Space, Typography } from 'antd';
import { CardTable } from '../../components/CardTable';
import { api, call } from '../../api/client';
import { useApi } from '../../components/useApi';
import { chinaDate } from '../../dates';
import { DownloadButton } from '../../components/DownloadButton';

/** 干部任免审批表: the boxes kept for the person (from .lrmx files or the roster), with the form and the file to download. */
export function DossierCard({ personId }: { personId: number }) {
  const { data: d } = useApi(() => call(api.GET('/api/persons/{id}/dossier', { params: { path: { id: personId } } })), [personId]);
  return (
    <Card
      size="small"
      title="干部任免审批表"
      style={{ marginBottom: 16 }}
      data-testid="dossier"
    >
      {/* In the body, not the card's head: three named downloads wrap on a phone instead of pushing the page sideways. */}
      <Space wrap size={8} style={{ marginBottom: 12 }}>
        <DownloadButton size="small" href={`/api/persons/${personId}/appointment-form.docx`} label="下载任免审批表" format="Word" />
        <DownloadButton size="small" href={`/api/persons/${personId}/appointment-form.pdf`} label="下载任免审批表" format="PDF" />
        <DownloadButton size="small" href={`/api/persons/${personId}/dossier.lrmx`} label="导出任免审批表" format="lrmx" />
      </Space>
      {d && (
        <Space align="start" size="large" wrap style={{ width: '100%' }}>
          {d.hasPhoto && <Image width={96} src={`/api/persons/${personId}/dossier/photo`} alt="照片" />}
          <Space direction="vertical" style={{ flex: 1 }}>
            <Descriptions size="small" column={{ xs: 1, md: 3 }} items={d.fields.filter((f) => f.key !== 'JianLi').map((f) => ({ key: f.key, label: f.label, children: f.value }))} />
            {d.fields.find((f) => f.key === 'JianLi') && (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                <Typography.Text strong>简历：</Typography.Text>
                {'\n'}
                {d.fields.find((f) => f.key === 'JianLi')!.value}
              </Typography.Paragraph>
            )}
            {d.family.length > 0 && (
              <CardTable
                layout={{ title: 'name', tags: ['relation'], testId: 'family-card' }}
                size="small"
                rowKey={(m) => `${m.relation}${m.name}`}
                pagination={false}
                dataSource={d.family}
                columns={[{ title: '称谓', dataIndex: 'relation', width: 70 }, { title: '姓名', dataIndex: 'name', width: 90 }, { title: '出生年月', dataIndex: 'birth', width: 90 }, { title: '政治面貌', dataIndex: 'political', width: 100 }, { title: '工作单位及职务', dataIndex: 'workplace' }]}
              />
            )}
            <Typography.Text type="secondary">{d.source ? `来源：${d.source.replace(/^lrmx:/, '任免审批表文件 ')}，更新于 ${chinaDate(d.updatedAt)}` : '尚未导入任免审批表文件；表中信息取自花名册和现任职务'}</Typography.Text>
          </Space>
        </Space>
      )}
    </Card>
  );
}
