import { expect, it } from 'vitest';
import { suppliersMatrix } from '../../test/support/authorization-matrix/suppliers.js';
import { agreementsMatrix } from '../../test/support/authorization-matrix/agreements.js';
import { accountsMatrix } from '../../test/support/authorization-matrix/accounts.js';
import { situationMatrix } from '../../test/support/authorization-matrix/situation.js';
import { followUpMatrix } from '../../test/support/authorization-matrix/follow-up.js';
import { incidentsMatrix } from '../../test/support/authorization-matrix/incidents.js';
import { meetingsMatrix } from '../../test/support/authorization-matrix/meetings.js';
import { plansMatrix } from '../../test/support/authorization-matrix/plans.js';
import { importsMatrix } from '../../test/support/authorization-matrix/imports.js';
import { signInMatrix } from '../../test/support/authorization-matrix/sign-in.js';
import { interventionsMatrix } from '../../test/support/authorization-matrix/interventions.js';
import { describeMatrix } from '../../test/support/authorization-matrix/matrix.js';

/**
 * Every route of the API is in the authorization matrix: what each kind of caller gets from it
 * is asserted per area in authorization-matrix/<area>.test.ts. A new route without an entry
 * fails here.
 */
const matrix = {
  ...suppliersMatrix,
  ...agreementsMatrix,
  ...accountsMatrix,
  ...situationMatrix,
  ...followUpMatrix,
  ...incidentsMatrix,
  ...meetingsMatrix,
  ...plansMatrix,
  ...importsMatrix,
  ...signInMatrix,
  ...interventionsMatrix,
};

/**
 * Routes outside the matrix, open to anyone by design: the API documentation (Swagger UI and
 * its files, the OpenAPI document), the health probes, and the web app's files and pages.
 */
const publicRoutes: Record<string, { url: string; status: number }> = {
  'GET /api/docs': { url: '/api/docs', status: 200 },
  // Swagger UI sends its own index page's address on to /api/docs.
  'GET /api/docs/static/index.html': { url: '/api/docs/static/index.html', status: 302 },
  'GET /api/docs/static/swagger-initializer.js': {
    url: '/api/docs/static/swagger-initializer.js',
    status: 200,
  },
  'GET /api/docs/json': { url: '/api/docs/json', status: 200 },
  'GET /api/docs/yaml': { url: '/api/docs/yaml', status: 200 },
  'GET /api/docs/static/*': { url: '/api/docs/static/swagger-ui.css', status: 200 },
  'GET /api/openapi.json': { url: '/api/openapi.json', status: 200 },
  'GET /healthz': { url: '/healthz', status: 200 },
  'GET /readyz': { url: '/readyz', status: 200 },
  // The web app: its pages, and one route per file of the web root (@fastify/static with
  // `wildcard: false` registers them at start), here the two files this suite writes.
  'GET /*': { url: '/administration', status: 200 },
  'GET /index.html': { url: '/index.html', status: 200 },
  'GET /assets/app.js': { url: '/assets/app.js', status: 200 },
};

describeMatrix('the authorization matrix', {}, (app) => {
  it('has an entry for every registered route', () => {
    const listed = new Set([...Object.keys(matrix), ...Object.keys(publicRoutes)]);
    expect(app().registeredRoutes.filter((route) => !listed.has(route))).toEqual([]);
  });

  it('names no route that is not registered', () => {
    const registered = new Set(app().registeredRoutes);
    const listed = [...Object.keys(matrix), ...Object.keys(publicRoutes)];
    expect(listed.filter((route) => !registered.has(route))).toEqual([]);
  });

  it('lists each route in one area only', () => {
    const areas = [
      suppliersMatrix,
      agreementsMatrix,
      accountsMatrix,
      situationMatrix,
      followUpMatrix,
      incidentsMatrix,
      meetingsMatrix,
      plansMatrix,
      importsMatrix,
      signInMatrix,
      interventionsMatrix,
    ];
    const count = areas.reduce((sum, area) => sum + Object.keys(area).length, 0);
    expect(count).toBe(Object.keys(matrix).length);
  });

  for (const [route, { url, status }] of Object.entries(publicRoutes)) {
    it(`${route} answers ${status} to anyone (${url})`, async () => {
      const response = await app().inject({ method: 'GET', url });
      expect(response.statusCode).toBe(status);
    });
  }
});
