import { defineCloudFunction } from '../../shared/defineCloudFunction';
import { workDeadline } from '../../shared/workDeadline';
import { assignCadre } from './assignCadre';
import { cadreCandidates } from './cadreCandidates';
import { diary } from './diary';
import { endAssignment } from './endAssignment';
import { gridAssignments } from './gridAssignments';
import { gridResidents } from './gridResidents';
import { household } from './household';
import { households } from './households';
import { markCallback } from './markCallback';
import { myHousehold } from './myHousehold';
import { myHouseholds } from './myHouseholds';
import { myProgress } from './myProgress';
import { needsVisit } from './needsVisit';
import { needsVisitPanel } from './needsVisitPanel';
import { progress } from './progress';
import { recordCallback } from './recordCallback';
import { recordVisit } from './recordVisit';
import { remind } from './remind';
import { reportProblem } from './reportProblem';
import { saveHousehold } from './saveHousehold';
import { saveVisitRules } from './saveVisitRules';
import { refreshDue } from './support/refreshDue';
import { visitDetail } from './visitDetail';
import { visitOptions } from './visitOptions';
import { visitRules } from './visitRules';

/** 民情走访: households, the cadres who look after them, visit diaries, visit days, who needs a visit. */
export const main = defineCloudFunction(
  'visits',
  {
    visitOptions,
    households,
    myHouseholds,
    household,
    myHousehold,
    saveHousehold,
    gridResidents,
    cadreCandidates,
    gridAssignments,
    assignCadre,
    endAssignment,
    recordVisit,
    visitDetail,
    diary,
    reportProblem,
    markCallback,
    recordCallback,
    myProgress,
    progress,
    needsVisit,
    needsVisitPanel,
    remind,
    visitRules,
    saveVisitRules,
  },
  { refreshDue: (_event, context) => refreshDue(workDeadline(context)) },
);
