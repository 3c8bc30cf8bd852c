import { useEffect, useState } from 'react';
import { Select, Spin } from 'antd';
import { api, call } from '../api/client';

interface Option {
  value: number;
  label: string;
}

const describe = (p: { id: number; name: string; currentPosts: { departmentName: string; title: string }[] }): Option => ({
  value: p.id,
  label: p.currentPosts[0] ? `${p.name}（${p.currentPosts[0].departmentName}${p.currentPosts[0].title}）` : p.name,
});

/** Chooses people by name or 工号, searching the roster as the user types; shows preselected people by name. */
export function PersonPicker({ value, onChange, multiple, placeholder, id }: { value?: number[] | number; onChange?: (v: number[] | number) => void; multiple?: boolean; placeholder?: string; id?: string }) {
  const [options, setOptions] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);
  const selected = Array.isArray(value) ? value : value ? [value] : [];
  useEffect(() => {
    const unknown = selected.filter((v) => !options.some((o) => o.value === v));
    if (!unknown.length) return;
    // The chosen people not yet known in one request per 200 (the roster list by ids; those the caller may not see are
    // left out). A picker needs names only: the numbers come masked.
    const chunks = Array.from({ length: Math.ceil(unknown.length / 200) }, (_, i) => unknown.slice(i * 200, i * 200 + 200));
    Promise.all(chunks.map((ids) => call(api.GET('/api/persons', { params: { query: { ids: ids.join(','), pageSize: ids.length, masked: 'true' } } })).catch(() => null))).then((pages) => {
      const people = pages.flatMap((r) => r?.items ?? []);
      setOptions((o) => [...o, ...people.filter((p) => !o.some((x) => x.value === p.id)).map(describe)]);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refetch only when the chosen ids change; `options` grows from this effect and must not re-run it
  }, [selected.join(',')]);
  const search = (q: string) => {
    if (!q.trim()) return;
    setLoading(true);
    call(api.GET('/api/persons', { params: { query: { q, pageSize: 20, masked: 'true' } } }))
      .then((r) => setOptions((o) => [...o.filter((x) => selected.includes(x.value)), ...r.items.map(describe).filter((x) => !selected.includes(x.value))]))
      .finally(() => setLoading(false));
  };
  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      showSearch
      filterOption={false}
      onSearch={search}
      notFoundContent={loading ? <Spin size="small" /> : '输入姓名或工号搜索'}
      options={options}
      value={value as never}
      onChange={onChange as never}
      placeholder={placeholder ?? '输入姓名或工号搜索'}
      style={{ width: '100%' }}
    />
  );
}
