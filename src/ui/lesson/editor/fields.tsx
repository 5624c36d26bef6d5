/**
 * The editor's fields: a label, the input, and validation's messages for it below (in red, tied
 * to the input by aria-describedby and aria-invalid), so a teacher reads what is wrong where it
 * is. A text of the lesson is edited in the app's language; what the other language says shows
 * as a hint, and is kept (src/lessons/authoring/draft.ts setText).
 */
import { useId, type ReactNode } from 'react';
import { useT } from '../../../i18n';
import type { Lang } from '../../../i18n/languages';
import { LANGUAGES } from '../../../i18n/languages';
import type { LocalText } from '../../../lessons/types';
import { setOptionalText, setText } from '../../../lessons/authoring/draft';
import { useApp } from '../../../state/store';

/**
 * "is empty", validation's most common message while a lesson is written, in the app's language;
 * the others stay as validateLesson says them (in English, naming the field, as for a file).
 */
const EMPTY = /^(?:(?:en|zh): )?is empty: /;

/** validateLesson's messages for a field, below it. */
export function Messages({ id, messages }: { id: string; messages: readonly string[] }) {
  const t = useT();
  if (messages.length === 0) return null;
  return (
    <ul id={id} className="lesson-editor__messages">
      {messages.map((message, i) => (
        <li key={i}>{EMPTY.test(message) ? t('lessonEditorForm.empty') : message}</li>
      ))}
    </ul>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  messages?: readonly string[];
  /** A textarea of this many rows; an input without. */
  rows?: number;
  /** Shown under the label (the other language's text, a note). */
  note?: ReactNode;
  readOnly?: boolean;
  placeholder?: string;
  lang?: Lang;
  className?: string;
}

export function TextField(props: TextFieldProps) {
  const id = useId();
  const messagesId = `${id}-messages`;
  const noteId = `${id}-note`;
  const messages = props.messages ?? [];
  const describedBy =
    [props.note ? noteId : '', messages.length > 0 ? messagesId : ''].filter(Boolean).join(' ') ||
    undefined;
  const common = {
    id,
    value: props.value,
    readOnly: props.readOnly,
    placeholder: props.placeholder,
    lang: props.lang,
    'aria-invalid': messages.length > 0 || undefined,
    'aria-describedby': describedBy,
    className: 'lesson-editor__input',
    spellCheck: props.rows !== undefined,
    onChange: (event: { target: { value: string } }) => props.onChange(event.target.value),
  };
  return (
    <div className={`lesson-editor__field ${props.className ?? ''}`}>
      <label htmlFor={id} className="lesson-editor__label">
        {props.label}
      </label>
      {props.rows !== undefined ? (
        <textarea {...common} rows={props.rows} />
      ) : (
        <input {...common} type="text" />
      )}
      {props.note && (
        <p id={noteId} className="lesson-editor__note">
          {props.note}
        </p>
      )}
      <Messages id={messagesId} messages={messages} />
    </div>
  );
}

type LocalTextProps = Omit<TextFieldProps, 'value' | 'note' | 'lang' | 'onChange'> &
  (
    | { text: LocalText; optional?: false; onText(text: LocalText): void }
    /** An optional text: left out (undefined) once no language has any text. */
    | { text: LocalText | undefined; optional: true; onText(text: LocalText | undefined): void }
  );

/**
 * A lesson text's field in the app's language: its value there, the other language's as a note;
 * a change gives the whole text back, the other languages kept (draft.ts setText, setOptionalText).
 */
export function LocalTextField(props: LocalTextProps) {
  const t = useT();
  const lang = useApp((s) => s.lang);
  const { text, optional: _optional, onText: _onText, ...rest } = props;
  const other = LANGUAGES.filter((l) => l !== lang)
    .map((l) => text?.[l])
    .find((value) => value !== undefined && value !== '');
  const note =
    other !== undefined ? t('lessonEditorForm.otherLanguage', { text: clipped(other) }) : null;
  const onChange = (value: string) => {
    if (props.optional) props.onText(setOptionalText(props.text, lang, value));
    else props.onText(setText(props.text, lang, value));
  };
  return (
    <TextField {...rest} value={text?.[lang] ?? ''} lang={lang} note={note} onChange={onChange} />
  );
}

const clipped = (text: string) => (text.length > 120 ? `${text.slice(0, 119)}…` : text);
