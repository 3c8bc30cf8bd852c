import { describe, expect, it } from 'vitest';
import { mainPosts, type RankedPost } from './main-posts';

type Post = RankedPost & { title: string };
const post = (title: string, rank: string, departmentId: number, isHead = false): Post => ({ personId: 1, title, rank, departmentId, isHead });

/** The main post of one person holding the posts given (系统默认: no post is marked 主职). */
const cases: { name: string; posts: Post[]; main: string }[] = [
  { name: 'the higher rank wins', posts: [post('科长', 'section', 3), post('副处长', 'middle_deputy', 7)], main: '副处长' },
  { name: 'at equal rank the post heading its unit', posts: [post('副主任', 'middle_deputy', 2), post('主任（主持工作）', 'middle_deputy', 9, true)], main: '主任（主持工作）' },
  { name: 'at equal rank, neither heading: the lower department id', posts: [post('副院长', 'middle_deputy', 9), post('副处长', 'middle_deputy', 4)], main: '副处长' },
  { name: 'at equal rank, both heading: the lower department id', posts: [post('院长', 'middle_chief', 12, true), post('处长', 'middle_chief', 5, true)], main: '处长' },
  { name: 'two posts alike in one department: the lower post id', posts: [{ ...post('副主任（兼）', 'middle_deputy', 4), postId: 31 }, { ...post('副主任', 'middle_deputy', 4), postId: 30 }], main: '副主任' },
];

describe('main post of a person (系统默认: rank, then the head of a unit, then the lower department id, then the lower post id)', () => {
  it.each(cases)('$name', ({ posts, main }) => {
    expect(mainPosts(posts).get(1)?.title).toBe(main);
    // Read in any order, the same post.
    expect(mainPosts([...posts].reverse()).get(1)?.title).toBe(main);
  });

  it('each person gets their own main post', () => {
    const posts = [post('处长', 'middle_chief', 5, true), { ...post('科员', 'staff', 5), personId: 2 }, { ...post('科长', 'section', 6), personId: 2 }];
    expect([...mainPosts(posts)].map(([id, p]) => [id, p.title])).toEqual([[1, '处长'], [2, '科长']]);
  });
});
