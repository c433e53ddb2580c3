// The one list of rules. Everything that describes rules (docs, settings schema, README
// table, CLI `rules`) is generated from the metadata registered here.

import docDirectiveScope from './doc.directive-scope';
import docRequestLeadTime from './doc.request-lead-time';
import docDisclosure from './doc.disclosure';
import docTemporaryBody from './doc.temporary-body';
import docInspectionNaming from './doc.inspection-naming';
import docOneVoteVeto from './doc.one-vote-veto';
import docResponsibilityPledge from './doc.responsibility-pledge';
import docPrincipalSignature from './doc.principal-signature';
import docTraceEvidence from './doc.trace-evidence';
import docReportDeadline from './doc.report-deadline';
import docSkipLevel from './doc.skip-level';
import docAttachmentCount from './doc.attachment-count';
import docAttachmentLength from './doc.attachment-length';
import docLength from './doc.length';
import formatAttachmentNote from './format.attachment-note';
import formatDate from './format.date';
import formatDocNumber from './format.doc-number';
import formatHeadingSequence from './format.heading-sequence';
import formatPunctuation from './format.punctuation';
import meetingNoMeetingDay from './meeting.no-meeting-day';
import meetingNoMeetingWeek from './meeting.no-meeting-week';
import meetingDuration from './meeting.duration';
import meetingPrincipalSpeech from './meeting.principal-speech';
import meetingHostRemarks from './meeting.host-remarks';
import meetingReportTime from './meeting.report-time';
import meetingSpeechTime from './meeting.speech-time';
import meetingUntimedItem from './meeting.untimed-item';
import meetingTimeOverlap from './meeting.time-overlap';
import meetingLeaderInvitation from './meeting.leader-invitation';
import meetingLargeFiling from './meeting.large-filing';
import meetingAttendanceLevel from './meeting.attendance-level';
import meetingVideoPreferred from './meeting.video-preferred';
import meetingDraftLeadTime from './meeting.draft-lead-time';
import meetingRelayOvernight from './meeting.relay-overnight';
import researchShowcase from './research.showcase';
import researchEscort from './research.escort';
import researchExtraBurden from './research.extra-burden';
import researchRepeatedStop from './research.repeated-stop';
import researchRepeatedRoute from './research.repeated-route';
import researchConcentration from './research.concentration';
import researchUnannouncedShare from './research.unannounced-share';
import researchSymposiumSize from './research.symposium-size';
import docBundledNotices from './doc.bundled-notices';
import docImplementationReport from './doc.implementation-report';
import docImplementationRules from './doc.implementation-rules';
import docSideRequirements from './doc.side-requirements';
import docInspectionSetting from './doc.inspection-setting';
import docFormRequests from './doc.form-requests';
import docSecondment from './doc.secondment';
import docAppMandate from './doc.app-mandate';
import docComplianceCampaign from './doc.compliance-campaign';
import docPageEstimate from './doc.page-estimate';
import docBackgroundPreamble from './doc.background-preamble';
import docSafeguardsLength from './doc.safeguards-length';
import docCopyUpper from './doc.copy-upper';
import meetingJointPrincipalSpeech from './meeting.joint-principal-speech';
import meetingRoutineReports from './meeting.routine-reports';
import meetingEscortAttendance from './meeting.escort-attendance';
import meetingAnnualComprehensive from './meeting.annual-comprehensive';
import meetingAlreadyDocumented from './meeting.already-documented';
import researchPrincipalDemand from './research.principal-demand';
import researchDisguisedInspection from './research.disguised-inspection';
import type { Need, Rule } from './rule';

export const RULES: readonly Rule[] = [
  docLength,
  docAttachmentCount,
  docAttachmentLength,
  docDirectiveScope,
  docRequestLeadTime,
  docDisclosure,
  docTemporaryBody,
  docInspectionNaming,
  docOneVoteVeto,
  docResponsibilityPledge,
  docPrincipalSignature,
  docTraceEvidence,
  docReportDeadline,
  docSkipLevel,
  // The national pack's own rules (off unless a preset or setting turns them on).
  docBundledNotices,
  docImplementationReport,
  docImplementationRules,
  docSideRequirements,
  docInspectionSetting,
  docFormRequests,
  docSecondment,
  docAppMandate,
  docComplianceCampaign,
  docPageEstimate,
  docBackgroundPreamble,
  docSafeguardsLength,
  docCopyUpper,
  meetingNoMeetingDay,
  meetingNoMeetingWeek,
  meetingDuration,
  meetingPrincipalSpeech,
  meetingHostRemarks,
  meetingReportTime,
  meetingSpeechTime,
  meetingUntimedItem,
  meetingTimeOverlap,
  meetingLeaderInvitation,
  meetingLargeFiling,
  meetingAttendanceLevel,
  meetingVideoPreferred,
  meetingDraftLeadTime,
  meetingRelayOvernight,
  meetingJointPrincipalSpeech,
  meetingRoutineReports,
  meetingEscortAttendance,
  meetingAnnualComprehensive,
  meetingAlreadyDocumented,
  researchShowcase,
  researchEscort,
  researchExtraBurden,
  researchRepeatedStop,
  researchRepeatedRoute,
  researchConcentration,
  researchUnannouncedShare,
  researchSymposiumSize,
  researchPrincipalDemand,
  researchDisguisedInspection,
  formatDocNumber,
  formatDate,
  formatHeadingSequence,
  formatAttachmentNote,
  formatPunctuation,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

/** The ids of the rules that need something beyond the text (`workspace`: the other research plans). */
export function rulesNeeding(need: Need): string[] {
  return RULES.filter((r) => r.needs?.includes(need)).map((r) => r.id);
}

/** The rules that compare a document or a meeting with the other files (not the research plans' own). */
export const DOCUMENT_WORKSPACE_RULES: readonly string[] = RULES.filter((r) => r.needs?.includes('workspace') && !r.visits.includes('Itinerary')).map((r) => r.id);

/**
 * Whether a configuration turns on a rule comparing documents or meetings across files: only then
 * do a scan and the editor's index summarise every file (otherwise only research plans).
 */
export function comparesDocuments(rules: Readonly<Record<string, { severity: string } | undefined>>): boolean {
  return DOCUMENT_WORKSPACE_RULES.some((id) => (rules[id]?.severity ?? 'off') !== 'off');
}
