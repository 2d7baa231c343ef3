export { evaluateFlow, isDomestic, type EvaluationContext } from "./evaluate-flow.js";
export { judgeRecord, type RecordJudgement, type RecordContext } from "./record-gaps.js";
export {
  computeRequirement,
  describeRequirement,
  levelRank,
  SENSITIVE_PI_SA_THRESHOLD,
  ORDINARY_PI_SA_THRESHOLD,
  ORDINARY_PI_CONTRACT_THRESHOLD,
  type RequirementContext,
} from "./requirement.js";
export { classifyCategories, carriesRegulatedData, type ClassifiedCategories } from "./classify-categories.js";
export { declaredScale, ownScale, relatedRecords, type DeclaredScale, type ScaleContext } from "./declared-scale.js";
export { validityPeriod, validityGap, isInForce, SECURITY_ASSESSMENT_YEARS, type ValidityPeriod } from "./validity.js";
export { categoriesNeedingMapApproval } from "./map-approval.js";
export { formatCount } from "./format-count.js";
export { recordsForDestination } from "./record-index.js";
export { filingReferenceOf, describeFilingReference } from "./exemption-gaps.js";
