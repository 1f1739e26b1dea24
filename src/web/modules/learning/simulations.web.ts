import { ExperimentOutlined, HistoryOutlined } from '@ant-design/icons';
import { createElement } from 'react';
import type { Role } from '../../../shared/contracts/platform/roles.js';
import type { ModuleRoute, NavItem } from '../../app/web-module.js';

/** Those who take simulations as learners see their attempts in the menu; everyone reaches them from the catalogue. */
const learners: readonly Role[] = ['student', 'teacher'];

/** The simulations pages' navigation entries and routes, composed into the learning module in index.ts. */
export const simulationsNavItems: readonly NavItem[] = [
  { key: 'learning-simulations', path: '/learning/simulations', icon: createElement(ExperimentOutlined), labelKey: 'simulations.nav.catalogue', hintKey: 'simulations.nav.catalogueHint', roles: 'signed-in', order: 330, placement: 'main' },
  { key: 'learning-simulation-attempts', path: '/learning/simulations/attempts', icon: createElement(HistoryOutlined), labelKey: 'simulations.nav.attempts', hintKey: 'simulations.nav.attemptsHint', roles: learners, order: 331, placement: 'main' },
];

export const simulationsRoutes: readonly ModuleRoute[] = [
  { path: '/learning/simulations', roles: 'signed-in', load: async () => (await import('./pages/simulation-catalogue-page.js')).SimulationCataloguePage },
  { path: '/learning/simulations/attempts', roles: 'signed-in', load: async () => (await import('./pages/simulation-attempts-page.js')).SimulationAttemptsPage },
  { path: '/learning/simulations/:id', roles: 'signed-in', load: async () => (await import('./pages/simulation-page.js')).SimulationPage },
];
