import { useState } from 'react';
import { Card, Checkbox, Empty, Space, Tag, Timeline, Typography } from 'antd';
import { api, call } from '../../api/client';
import { useApi } from '../../components/useApi';
import { DownloadButton } from '../../components/DownloadButton';

const AREA_COLORS: Record<string, string> = { 任职: 'blue', 年度考核: 'gold', 教育培训: 'cyan', 谈心谈话: 'green', 兼职: 'purple', 后备干部: 'geekblue', 关怀帮扶: 'magenta', 为官不为: 'volcano', 干部约谈: 'red', 问责与容错: 'orange' };

/** 一人一档: the person's whole record as a timeline, filtered by area, with a PDF export. */
export function ProfileCard({ personId }: { personId: number }) {
  const { data, loading } = useApi(() => call(api.GET('/api/persons/{id}/profile', { params: { path: { id: personId } } })), [personId]);
  const [hidden, setHidden] = useState<string[]>([]);
  const events = (data?.events ?? []).filter((e) => !hidden.includes(e.area));
  return (
    <Card
      size="small"
      title="一人一档"
      loading={loading}
      style={{ marginBottom: 16 }}
      data-testid="person-profile"
      extra={<DownloadButton size="small" href={`/api/persons/${personId}/profile.pdf`} label="下载一人一档" format="PDF" />}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Checkbox.Group value={(data?.areas ?? []).filter((a) => !hidden.includes(a))} onChange={(v) => setHidden((data?.areas ?? []).filter((a) => !v.includes(a)))} options={(data?.areas ?? []).map((a) => ({ value: a, label: a }))} />
        {events.length ? (
          <Timeline
            style={{ marginTop: 12, maxHeight: 520, overflow: 'auto', paddingTop: 8 }}
            items={events.map((e) => ({
              color: AREA_COLORS[e.area] ?? 'gray',
              children: (
                <Space direction="vertical" size={0}>
                  <Space size={6}>
                    <Typography.Text type="secondary">{e.date}</Typography.Text>
                    <Tag color={AREA_COLORS[e.area]}>{e.area}</Tag>
                    <Typography.Text>{e.title}</Typography.Text>
                  </Space>
                  {e.detail && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{e.detail}</Typography.Text>}
                </Space>
              ),
            }))}
          />
        ) : (
          <Empty description="没有记录" />
        )}
      </Space>
    </Card>
  );
}
