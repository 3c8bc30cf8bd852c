import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PERMISSION_LABELS, PERMISSIONS, ROLE_LABELS, ROLE_PERMISSIONS, type Role } from './roles';

const roleOut = z.object({ role: z.string(), label: z.string() });

/**
 * 角色与权限: which roles hold each permission, in users' words, so a page can say who may see a part the caller may
 * not (“仅党委组织部、纪委（纪检监察室）可以查看”). Fixed by the code: the same for everyone signed in.
 */
export const rolesRoutes = (): FastifyPluginAsyncZod => async (app) => {
  const roles = (Object.keys(ROLE_PERMISSIONS) as Role[]).map((role) => ({ role, label: ROLE_LABELS[role] }));
  const permissions = PERMISSIONS.map((permission) => ({
    permission,
    label: PERMISSION_LABELS[permission],
    roles: (Object.keys(ROLE_PERMISSIONS) as Role[])
      .filter((r) => ROLE_PERMISSIONS[r].includes(permission))
      .map((role) => ({ role, label: ROLE_LABELS[role] })),
  }));
  app.get(
    '/api/auth/roles',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: '角色与权限：各权限由哪些角色持有（页面据此说明某一栏目谁可以查看）',
        response: { 200: z.object({ roles: z.array(roleOut), permissions: z.array(z.object({ permission: z.string(), label: z.string(), roles: z.array(roleOut) })) }) },
      },
    },
    async () => ({ roles, permissions }),
  );
};
