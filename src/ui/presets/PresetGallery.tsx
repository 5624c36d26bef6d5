/**
 * The presets gallery: a modal <dialog> of curated experiments, grouped by topic, opened by the
 * header's button (PresetsButton.tsx, which loads this module on demand). Each card is a real
 * link to its view (so it can be opened in a new tab or copied); a plain click applies the
 * preset in place instead and adds one history entry, so Back returns to what was there before.
 */
import {
  useCallback,
  useId,
  useImperativeHandle,
  useRef,
  type MouseEvent,
  type Ref,
  type RefObject,
} from 'react';
import { PRESETS, type Preset, type PresetTopic } from '../../presets/presets';
import { appStore, useApp } from '../../state/store';
import { applyLink } from '../../state/url-sync';
import { groupByTopic, isPlainClick, presetChips, presetQuery } from './gallery';
import { showModalOnce, TitledModal } from '../dialog/TitledModal';
import './PresetGallery.css';
import { useT } from '../../i18n';
import '../../i18n/en-presets'; // its words load with this chunk (docs/i18n.md)
import type { Lang } from '../../i18n/languages';
import { presetText, presetTopic } from '../../i18n/preset-text';

/** What the button can do with the gallery. */
export interface PresetGalleryHandle {
  /** Opens the gallery as a modal, focused on its first card. */
  open(): void;
}

interface PresetGalleryProps {
  /** Where the component puts its handle (a prop of its own: React 18 keeps `ref` from props). */
  handle: Ref<PresetGalleryHandle>;
  /** Told when the dialog opens or closes by any means (for the button's aria-expanded). */
  onOpenChange(open: boolean): void;
  /** The button that opened the gallery: focus returns there. */
  returnFocus: RefObject<HTMLButtonElement | null>;
}

/** Applies a preset's link to the app and records it as one step of history. */
function openInPlace(query: string) {
  applyLink(appStore, query);
  // The URL sync may already have pushed this very entry (a new problem does): never push twice.
  if (window.location.search !== `?${query}`) window.history.pushState(null, '', `?${query}`);
}

export function PresetGallery({ handle, onOpenChange, returnFocus }: PresetGalleryProps) {
  const t = useT();
  // Card links carry the language shown, so that a preset opens in it (in place or in a new tab).
  const lang = useApp((s) => s.lang);
  const dialog = useRef<HTMLDialogElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const groups = groupByTopic(PRESETS);

  // Opening is imperative (showModal): the dialog also closes itself on Escape.
  useImperativeHandle(
    handle,
    () => ({
      open() {
        if (!showModalOnce(dialog.current)) return;
        onOpenChange(true);
        body.current?.scrollTo({ top: 0 });
        body.current?.querySelector<HTMLElement>('.preset-card')?.focus();
      },
    }),
    [onOpenChange],
  );

  const choose = useCallback((event: MouseEvent<HTMLAnchorElement>, query: string) => {
    if (!isPlainClick(event)) return; // new tab, new window, download: the browser's
    event.preventDefault();
    openInPlace(query);
    dialog.current?.close();
  }, []);

  return (
    <TitledModal
      dialog={dialog}
      block="preset-gallery"
      title={t('presets.title')}
      subtitle={t('presets.subtitle', { count: PRESETS.length })}
      closeLabel={t('presets.close')}
      closeTitle={t('presets.closeTitle')}
      onOpenChange={onOpenChange}
      returnFocus={returnFocus}
    >
      <div ref={body} className="preset-gallery__body">
        {groups.map(({ topic, presets }) => (
          <TopicSection key={topic} topic={topic} presets={presets} lang={lang} onChoose={choose} />
        ))}
      </div>
    </TitledModal>
  );
}

interface TopicSectionProps {
  topic: PresetTopic;
  presets: Preset[];
  lang: Lang;
  onChoose(event: MouseEvent<HTMLAnchorElement>, query: string): void;
}

function TopicSection({ topic, presets, lang, onChoose }: TopicSectionProps) {
  const headingId = useId();
  return (
    <section className="preset-gallery__group" aria-labelledby={headingId}>
      <h3 id={headingId} className="preset-gallery__topic">
        {presetTopic(topic)}
      </h3>
      <ul className="preset-gallery__grid" role="list">
        {presets.map((preset) => (
          <li key={preset.id}>
            <PresetCard preset={preset} lang={lang} onChoose={onChoose} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function PresetCard({
  preset,
  lang,
  onChoose,
}: {
  preset: Preset;
  lang: Lang;
  onChoose: TopicSectionProps['onChoose'];
}) {
  const query = presetQuery(preset, lang);
  const text = presetText(preset);
  const chips = presetChips(preset);
  const titleId = useId();
  return (
    <a
      className="preset-card"
      href={`?${query}`}
      aria-labelledby={titleId}
      data-preset={preset.id}
      onClick={(event) => onChoose(event, query)}
    >
      <span id={titleId} className="preset-card__title">
        {text.title}
      </span>
      <span className="preset-card__chips">
        <span className="preset-card__chip preset-card__chip--problem">{chips.problem}</span>
        {chips.optimizers.map((name) => (
          <span key={name} className="preset-card__chip">
            {name}
          </span>
        ))}
      </span>
      <span className="preset-card__summary">{text.summary}</span>
    </a>
  );
}
