import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Col, Empty, Flex, Form, Input, List, Row, Segmented, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditableChapters, SaveChaptersInput } from '../../../../shared/contracts/learning/textbooks.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { localizedText, splitList } from '../components/localized-text.js';
import { TextbookContentEditor } from './textbook-content-editor.js';

/** One chapter or section being edited; a section belongs to the nearest chapter above it. */
export type ChapterDraft = {
  key: string;
  id?: string;
  kind: 'chapter' | 'section';
  titleZh: string;
  titleEn: string;
  knowledgePoints: string;
  programCodes: string;
  content: string;
  resourceId?: string;
};

export function draftsOf(chapters: EditableChapters): ChapterDraft[] {
  return chapters.items.map((item) => ({
    key: item.id,
    id: item.id,
    kind: item.parentId === null ? 'chapter' : 'section',
    titleZh: item.title['zh-CN'] ?? '',
    titleEn: item.title.en ?? '',
    knowledgePoints: item.knowledgePoints.join('、'),
    programCodes: item.programCodes.join(', '),
    content: item.content,
    ...(item.resourceId ? { resourceId: item.resourceId } : {}),
  }));
}

/** "1", "2", "2.1" … as the server numbers them. */
function numbersOf(drafts: readonly ChapterDraft[]): string[] {
  let chapter = 0;
  let section = 0;
  return drafts.map((draft) => {
    if (draft.kind === 'chapter') {
      chapter += 1;
      section = 0;
      return String(chapter);
    }
    section += 1;
    return `${chapter}.${section}`;
  });
}

type Problem = { key: 'firstMustBeChapter' | 'chapterTitleRequired'; index: number };

/** The contract's chapters with sections, or the first problem (with the entry it is about). */
export function chaptersInputOf(drafts: readonly ChapterDraft[]): { chapters: SaveChaptersInput['chapters'] } | { problem: Problem } {
  const chapters: SaveChaptersInput['chapters'] = [];
  for (const [index, draft] of drafts.entries()) {
    const title: Record<string, string> = {};
    if (draft.titleZh.trim()) title['zh-CN'] = draft.titleZh.trim();
    if (draft.titleEn.trim()) title.en = draft.titleEn.trim();
    if (Object.keys(title).length === 0) return { problem: { key: 'chapterTitleRequired', index } };
    const entry = {
      ...(draft.id ? { id: draft.id } : {}),
      title,
      programCodes: splitList(draft.programCodes),
      knowledgePoints: splitList(draft.knowledgePoints),
      content: draft.content,
      ...(draft.resourceId ? { resourceId: draft.resourceId } : {}),
    };
    if (draft.kind === 'chapter') chapters.push({ ...entry, sections: [] });
    else {
      const parent = chapters[chapters.length - 1];
      if (!parent) return { problem: { key: 'firstMustBeChapter', index } };
      parent.sections.push(entry);
    }
  }
  return { chapters };
}

export type TextbookChaptersEditorProps = {
  initial: ChapterDraft[];
  /** The first save of a textbook's chapters is substantive; later ones are the author's call. */
  isFirstSave: boolean;
  isSaving: boolean;
  onSave: (input: SaveChaptersInput) => Promise<ChapterDraft[]>;
};

let draftCounter = 0;
const newKey = () => `new-${(draftCounter += 1)}`;

/** The table of contents with each entry's content, and the revision note that goes with a save. */
export function TextbookChaptersEditor({ initial, isFirstSave, isSaving, onSave }: TextbookChaptersEditorProps) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const { message } = App.useApp();
  const [drafts, setDrafts] = useState<ChapterDraft[]>(initial);
  const [selectedKey, setSelectedKey] = useState<string | undefined>(initial[0]?.key);
  const [isDirty, setDirty] = useState(false);
  const [summary, setSummary] = useState('');
  const [isSubstantive, setSubstantive] = useState(isFirstSave);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const numbers = numbersOf(drafts);
  const selectedIndex = drafts.findIndex((draft) => draft.key === selectedKey);
  const selected = drafts[selectedIndex];

  const change = (next: ChapterDraft[]) => {
    setDrafts(next);
    setDirty(true);
    setProblem(null);
  };
  const patch = (key: string, values: Partial<ChapterDraft>) => change(drafts.map((draft) => (draft.key === key ? { ...draft, ...values } : draft)));
  const add = (kind: ChapterDraft['kind']) => {
    const draft: ChapterDraft = { key: newKey(), kind, titleZh: '', titleEn: '', knowledgePoints: '', programCodes: '', content: '' };
    change([...drafts, draft]);
    setSelectedKey(draft.key);
  };
  const move = (index: number, by: -1 | 1) => {
    const next = [...drafts];
    const [moved] = next.splice(index, 1);
    if (!moved) return;
    next.splice(index + by, 0, moved);
    change(next);
  };
  const remove = (index: number) => {
    const next = drafts.filter((_draft, position) => position !== index);
    change(next);
    if (drafts[index]?.key === selectedKey) setSelectedKey(next[Math.min(index, next.length - 1)]?.key);
  };

  const save = async () => {
    setFailure(null);
    const built = chaptersInputOf(drafts);
    if ('problem' in built) {
      setProblem(`${numbers[built.problem.index] ?? ''} ${t(`textbooks.editor.${built.problem.key}`)}`);
      setSelectedKey(drafts[built.problem.index]?.key);
      return;
    }
    if (!summary.trim()) {
      setProblem(t('textbooks.editor.revisionRequired'));
      return;
    }
    try {
      const position = selectedIndex;
      const saved = await onSave({ chapters: built.chapters, revision: { summary: summary.trim(), isSubstantive } });
      setDrafts(saved);
      setSelectedKey(saved[Math.max(0, position)]?.key);
      setDirty(false);
      setSummary('');
      setSubstantive(false);
      void message.success(t('textbooks.editor.chaptersSaved'));
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <Card
      title={t('textbooks.editor.chapters')}
      style={{ marginTop: 16 }}
      extra={isDirty ? <Tag color="orange">{t('textbooks.editor.unsavedChapters')}</Tag> : null}
      data-testid="chapters-editor"
    >
      <Typography.Paragraph type="secondary">{t('textbooks.editor.chaptersHint')}</Typography.Paragraph>
      {failure ? <ErrorAlert error={failure} /> : null}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <List
            size="small"
            bordered
            dataSource={drafts}
            locale={{ emptyText: <Empty description={t('textbooks.editor.noChapters')} /> }}
            renderItem={(draft, index) => (
              <List.Item
                key={draft.key}
                data-testid="chapter-entry"
                onClick={() => setSelectedKey(draft.key)}
                style={{ cursor: 'pointer', paddingInlineStart: draft.kind === 'section' ? 32 : 12, background: draft.key === selectedKey ? '#e6f4ff' : undefined }}
                actions={[
                  <Button key="up" type="text" size="small" icon={<ArrowUpOutlined />} aria-label={t('textbooks.editor.moveUp')} disabled={index === 0} onClick={(event) => { event.stopPropagation(); move(index, -1); }} />,
                  <Button key="down" type="text" size="small" icon={<ArrowDownOutlined />} aria-label={t('textbooks.editor.moveDown')} disabled={index === drafts.length - 1} onClick={(event) => { event.stopPropagation(); move(index, 1); }} />,
                  <Button key="remove" type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('textbooks.editor.remove')} onClick={(event) => { event.stopPropagation(); remove(index); }} />,
                ]}
              >
                <Typography.Text strong={draft.kind === 'chapter'} ellipsis>
                  {numbers[index]} {localizedText({ 'zh-CN': draft.titleZh, en: draft.titleEn }, locale) || t('textbooks.editor.untitled')}
                </Typography.Text>
              </List.Item>
            )}
          />
          <Flex gap={8} style={{ marginTop: 12 }}>
            <Button icon={<PlusOutlined />} onClick={() => add('chapter')}>
              {t('textbooks.editor.addChapter')}
            </Button>
            <Button icon={<PlusOutlined />} disabled={drafts.length === 0} onClick={() => add('section')}>
              {t('textbooks.editor.addSection')}
            </Button>
          </Flex>
        </Col>
        <Col xs={24} md={16}>
          {selected ? (
            <Form layout="vertical" key={selected.key} data-testid="chapter-form">
              <Flex gap={12} align="center" style={{ marginBottom: 16 }}>
                <Typography.Text strong style={{ fontSize: 16 }}>
                  {numbers[selectedIndex]}
                </Typography.Text>
                <Segmented value={selected.kind} onChange={(value) => patch(selected.key, { kind: value as ChapterDraft['kind'] })} options={(['chapter', 'section'] as const).map((kind) => ({ value: kind, label: t(`textbooks.editor.${kind}`) }))} />
              </Flex>
              <Row gutter={12}>
                <Col xs={24} md={12}>
                  <Form.Item label={t('textbooks.editor.chapterTitleZh')}>
                    <Input aria-label={t('textbooks.editor.chapterTitleZh')} value={selected.titleZh} maxLength={200} onChange={(event) => patch(selected.key, { titleZh: event.target.value })} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item label={t('textbooks.editor.chapterTitleEn')}>
                    <Input aria-label={t('textbooks.editor.chapterTitleEn')} value={selected.titleEn} maxLength={200} onChange={(event) => patch(selected.key, { titleEn: event.target.value })} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item label={t('textbooks.editor.knowledgePoints')} extra={t('textbooks.editor.authorsHint')}>
                    <Input aria-label={t('textbooks.editor.knowledgePoints')} value={selected.knowledgePoints} onChange={(event) => patch(selected.key, { knowledgePoints: event.target.value })} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item label={t('textbooks.editor.programCodes')} extra={t('textbooks.editor.programCodesHint')}>
                    <Input aria-label={t('textbooks.editor.programCodes')} value={selected.programCodes} onChange={(event) => patch(selected.key, { programCodes: event.target.value })} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item label={t('textbooks.editor.content')}>
                <TextbookContentEditor label={t('textbooks.editor.content')} value={selected.content} onChange={(content) => patch(selected.key, { content })} />
              </Form.Item>
            </Form>
          ) : null}
        </Col>
      </Row>
      <Card size="small" type="inner" title={t('textbooks.editor.revision')} style={{ marginTop: 16 }}>
        {problem ? <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} role="alert" /> : null}
        <Flex vertical gap={8}>
          <Input value={summary} maxLength={1000} placeholder={t('textbooks.editor.revisionSummary')} aria-label={t('textbooks.editor.revisionSummary')} onChange={(event) => setSummary(event.target.value)} />
          <Checkbox checked={isSubstantive} onChange={(event) => setSubstantive(event.target.checked)}>
            {t('textbooks.editor.isSubstantive')}
          </Checkbox>
          <Typography.Text type="secondary">{t('textbooks.editor.isSubstantiveHint')}</Typography.Text>
          <div>
            <Button type="primary" loading={isSaving} disabled={drafts.length === 0} onClick={() => void save()}>
              {t('textbooks.editor.saveChapters')}
            </Button>
          </div>
        </Flex>
      </Card>
    </Card>
  );
}
