import { BoldOutlined, CodeOutlined, EditOutlined, ItalicOutlined, OrderedListOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Tooltip } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type TextbookContentEditorProps = {
  value: string;
  onChange: (html: string) => void;
  /** The accessible name of the editing area. */
  label: string;
};

type Command = { key: string; icon: ReactNode; run: () => void };

/**
 * Chapter content as rich text: a content-editable area with a small toolbar (the browser's own
 * editing commands), and the HTML source for what the toolbar does not cover. The server rebuilds
 * the HTML from an allowlist before storing it, so nothing typed here can run as script in a reader.
 */
export function TextbookContentEditor({ value, onChange, label }: TextbookContentEditorProps) {
  const { t } = useTranslation();
  const area = useRef<HTMLDivElement>(null);
  const lastEmitted = useRef<string | null>(null);
  const [isSource, setSource] = useState(false);

  // only a value that did not come from typing here is written into the area (keeps the caret)
  useEffect(() => {
    const node = area.current;
    if (!node || isSource || value === lastEmitted.current) return;
    node.innerHTML = value;
    lastEmitted.current = value;
  }, [value, isSource]);

  const emit = () => {
    const html = area.current?.innerHTML ?? '';
    lastEmitted.current = html;
    onChange(html);
  };
  const exec = (command: string, argument?: string) => () => {
    area.current?.focus();
    // execCommand is the only editing API browsers share; an editor package would bring its own model
    document.execCommand(command, false, argument);
    emit();
  };
  const commands: Command[] = [
    { key: 'bold', icon: <BoldOutlined />, run: exec('bold') },
    { key: 'italic', icon: <ItalicOutlined />, run: exec('italic') },
    { key: 'heading', icon: <span style={{ fontWeight: 600 }}>H2</span>, run: exec('formatBlock', '<h2>') },
    { key: 'subheading', icon: <span style={{ fontWeight: 600 }}>H3</span>, run: exec('formatBlock', '<h3>') },
    { key: 'bullets', icon: <UnorderedListOutlined />, run: exec('insertUnorderedList') },
    { key: 'numbers', icon: <OrderedListOutlined />, run: exec('insertOrderedList') },
    { key: 'quote', icon: <span style={{ fontWeight: 600 }}>“”</span>, run: exec('formatBlock', '<blockquote>') },
  ];

  return (
    <div style={{ border: '1px solid #d9d9d9', borderRadius: 6 }}>
      <Flex gap={2} wrap style={{ padding: 4, borderBottom: '1px solid #f0f0f0', background: '#fafafa' }}>
        {commands.map((command) => (
          <Tooltip key={command.key} title={t(`textbooks.editor.toolbar.${command.key as 'bold'}`)}>
            <Button
              type="text"
              size="small"
              icon={command.icon}
              disabled={isSource}
              aria-label={t(`textbooks.editor.toolbar.${command.key as 'bold'}`)}
              // keep the selection in the editing area
              onMouseDown={(event) => event.preventDefault()}
              onClick={command.run}
            />
          </Tooltip>
        ))}
        <Button type="text" size="small" icon={isSource ? <EditOutlined /> : <CodeOutlined />} style={{ marginInlineStart: 'auto' }} onClick={() => {
            // the area is mounted afresh: write the value into it
            lastEmitted.current = null;
            setSource((current) => !current);
          }}
        >
          {isSource ? t('textbooks.editor.toolbar.visual') : t('textbooks.editor.toolbar.source')}
        </Button>
      </Flex>
      {isSource ? (
        <Input.TextArea
          aria-label={label}
          value={value}
          onChange={(event) => {
            lastEmitted.current = null;
            onChange(event.target.value);
          }}
          autoSize={{ minRows: 10, maxRows: 30 }}
          style={{ fontFamily: 'monospace', border: 'none', borderRadius: 0 }}
          data-testid="content-source"
        />
      ) : (
        <div
          ref={area}
          role="textbox"
          aria-multiline="true"
          aria-label={label}
          contentEditable
          suppressContentEditableWarning
          onInput={emit}
          onBlur={emit}
          data-testid="content-editor"
          className="ant-typography"
          style={{ minHeight: 220, padding: '8px 12px', outline: 'none', fontSize: 15, lineHeight: 1.8 }}
        />
      )}
    </div>
  );
}
