import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  adjustmentsResponseSchema,
  alignmentQuerySchema,
  alignmentResponseSchema,
  breakdownResponseSchema,
  dashboardExportParamSchema,
  dashboardExportQuerySchema,
  dashboardQuerySchema,
  mapResponseSchema,
  overviewResponseSchema,
  saturationQuerySchema,
  saturationResponseSchema,
  structuralDeviationQuerySchema,
  structuralDeviationResponseSchema,
  trendsResponseSchema,
  type DashboardChart,
  type DashboardExportQuery,
  type DashboardFrame,
} from '../../../../shared/contracts/governance/dashboards.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { contentDisposition } from '../../institutions/index.js';
import type { GovernanceDeps } from '../governance-deps.js';
import { getAdjustments, getAlignment, getSaturation, getStructuralDeviation } from '../use-cases/dashboards-analysis.js';
import { getBreakdown, getMap, getOverview, getTrends } from '../use-cases/dashboards-charts.js';
import { buildDashboardWorkbook } from '../use-cases/dashboards-export.js';

const tags = ['governance-dashboards'];
const scopeNote = 'Scope-filtered: a province administrator sees its province, a college administrator its college.';

type ChartResult = DashboardFrame & { rows: readonly object[] };

/** Every chart by name, for the export route: the same use case, the same rows. */
function loadChart(deps: GovernanceDeps, actor: Actor, chart: DashboardChart, query: DashboardExportQuery): Promise<ChartResult> {
  switch (chart) {
    case 'overview':
      return getOverview(deps, actor, query);
    case 'map':
      return getMap(deps, actor, query);
    case 'breakdown':
      return getBreakdown(deps, actor, query);
    case 'trends':
      return getTrends(deps, actor, query);
    case 'saturation':
      return getSaturation(deps, actor, saturationQuerySchema.parse(query));
    case 'alignment':
      return getAlignment(deps, actor, alignmentQuerySchema.parse(query));
    case 'structural-deviation':
      return getStructuralDeviation(deps, actor, structuralDeviationQuerySchema.parse(query));
    case 'adjustments':
      return getAdjustments(deps, actor, query);
  }
}

/** /api/v1/governance/dashboards/…: the data behind every chart and its .xlsx export. */
export function createDashboardRoutes(deps: GovernanceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const schema = <Q, R>(summary: string, querystring: Q, response: R) => ({ schema: { tags, summary: `${summary}. ${scopeNote}`, querystring, response: { 200: response } } });

    app.get('/dashboards/overview', schema('Headline figures of the view’s year with numerators and denominators, and open warnings by severity', dashboardQuerySchema, overviewResponseSchema), async (request) =>
      getOverview(deps, request.actor, request.query),
    );
    app.get('/dashboards/map', schema('Per province: open warnings by severity and the destination rate with numerator and denominator (ECharts China map)', dashboardQuerySchema, mapResponseSchema), async (request) =>
      getMap(deps, request.actor, request.query),
    );
    app.get('/dashboards/breakdown', schema('Drill-down: provinces of the country, colleges of a province, offerings of a college', dashboardQuerySchema, breakdownResponseSchema), async (request) =>
      getBreakdown(deps, request.actor, request.query),
    );
    app.get('/dashboards/trends', schema('Per year: destination rate at both snapshots, enrollment, fill rate, added and closed offerings', dashboardQuerySchema, trendsResponseSchema), async (request) =>
      getTrends(deps, request.actor, request.query),
    );
    app.get('/dashboards/saturation', schema('Offerings per program (布点数) and repetition rate (布点率) by program and region', saturationQuerySchema, saturationResponseSchema), async (request) =>
      getSaturation(deps, request.actor, request.query),
    );
    app.get('/dashboards/alignment', schema('Shares of offerings and enrollment by alignment tier or key industrial chain', alignmentQuerySchema, alignmentResponseSchema), async (request) =>
      getAlignment(deps, request.actor, request.query),
    );
    app.get('/dashboards/structural-deviation', schema('Structural deviation of program clusters against industry employment (or value added)', structuralDeviationQuerySchema, structuralDeviationResponseSchema), async (request) =>
      getStructuralDeviation(deps, request.actor, request.query),
    );
    app.get('/dashboards/adjustments', schema('The year’s added and closed offerings by program, and the catalog’s adjustment amplitude', dashboardQuerySchema, adjustmentsResponseSchema), async (request) =>
      getAdjustments(deps, request.actor, request.query),
    );

    app.get(
      '/dashboards/:chart/export',
      { schema: { tags, summary: `A chart’s rows as .xlsx (the table view), with the chart’s query parameters. ${scopeNote}`, params: dashboardExportParamSchema, querystring: dashboardExportQuerySchema } },
      async (request, reply) => {
        const result = await loadChart(deps, request.actor, request.params.chart, request.query);
        const { rows, ...frame } = result;
        const file = await buildDashboardWorkbook(frame, rows.map((row) => ({ ...row })), request.actor.locale);
        return reply.header('content-type', file.contentType).header('content-disposition', contentDisposition(file.fileName)).send(file.body);
      },
    );
  };
}
