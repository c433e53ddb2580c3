// The syntax tree of a text: the 公文 frame (its parts in GB/T 9704 order, the body by heading
// level) and, anywhere inside it, typed regions — meeting arrangements, itineraries, norms — that
// the rules visit. Every node carries original-text offsets [start, end).

import type { Agenda } from '../agenda/types';
import type { DocModel } from '../model/types';
import type { Plan } from '../research/types';
import type { Paragraph } from '../text/paragraph';
import type { Kind, Scope } from '../types';

/** Parts of the frame, named after GB/T 9704-2012 §7. */
export type FrameType =
  | 'IssuerMark'
  | 'DocNumber'
  | 'Title'
  | 'Recipients'
  | 'Body'
  | 'Section'
  | 'Paragraph'
  | 'AttachmentNote'
  | 'Signature'
  | 'IssueDate'
  | 'Note'
  | 'Attachment'
  | 'PrintedDocument'
  | 'CopyTo'
  | 'PrintedBy'
  | 'Chrome';

export type RegionType = 'MeetingArrangement' | 'Itinerary' | 'Norm';

/** Inside a region: a meeting's days and items, an itinerary's stops. */
export type PartType = 'MeetingDay' | 'AgendaItem' | 'Stop';

export type NodeType = 'Document' | FrameType | RegionType | PartType;

export interface Node {
  type: NodeType;
  start: number;
  end: number;
  /** What the tree printer and the Outline show (a title, a heading, an item's words). */
  label: string;
  children: Node[];
  /** Resolved values the printer shows (a date, minutes, a place, a mode). */
  facts?: Record<string, string | number | boolean | null>;
}

/** How a region was found, from the surest to the least sure. */
export type RegionBasis = 'forced' | 'title' | 'content' | 'section' | 'sentence';

interface RegionBase extends Node {
  /** The paragraphs the region covers (sentence regions hold a slice of their paragraph). */
  paragraphs: Paragraph[];
  /**
   * The model as the region's rules read it: the file's own model for a region that is the whole
   * text; for a region inside a larger text, the same frame with only the region's paragraphs.
   */
  model: DocModel;
  /** The region is the whole text (a meeting notice, an agenda, a research plan). */
  whole: boolean;
  basis: RegionBasis;
  /** 0–1: how sure the reading is; rules run on regions at or above MIN_CONFIDENCE. */
  confidence: number;
}

export interface MeetingRegion extends RegionBase {
  type: 'MeetingArrangement';
  agenda: Agenda;
  scope: Scope | null;
}

export interface ItineraryRegion extends RegionBase {
  type: 'Itinerary';
  plan: Plan;
}

/** A limit a policy text sets (每位领导讲话一般不超过40分钟): shown, never checked as a meeting. */
export interface NormNode extends Node {
  type: 'Norm';
}

export type Region = MeetingRegion | ItineraryRegion;

/** Whether the text is official drafting at all, and why. */
export interface Officialness {
  official: boolean;
  confidence: number;
  reasons: string[];
}

export interface Tree {
  root: Node;
  /** The dominant region's kind: what the status bar, the report and JSON call the file. */
  kind: Kind;
  /** The scope the title or content states, when detected. */
  scope: Scope | null;
  meetings: MeetingRegion[];
  itineraries: ItineraryRegion[];
  norms: NormNode[];
  official: Officialness;
}

/** Regions below this are shown in the tree but not checked (when unsure, stay silent). */
export const MIN_CONFIDENCE = 0.5;
