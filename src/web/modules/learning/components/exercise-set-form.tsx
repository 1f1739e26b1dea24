import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreateExerciseSetInput, ExerciseKind } from '../../../../shared/contracts/learning/courses.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { useCreateExerciseSet } from '../api/courses.api.js';
import { splitList } from './localized-text.js';

type QuestionForm = { kind: ExerciseKind; prompt: string; options?: string; answer: string; explanation?: string; knowledgePoints?: string; difficulty: number };
type SetForm = { title: string; questions: QuestionForm[] };

const optionId = (index: number) => String.fromCharCode('a'.charCodeAt(0) + index);
const truthy = new Set(['true', 't', '对', '正确', '是', '√']);

/** Turns the teacher's form into the contract: options get ids a, b, c…; answers become option ids or accepted texts. */
export function toExerciseSetInput(values: SetForm, locale: string): CreateExerciseSetInput {
  const text = (value: string) => ({ [locale]: value.trim() });
  return {
    title: text(values.title),
    items: values.questions.map((question) => {
      const options = question.kind === 'single' || question.kind === 'multiple' ? (question.options ?? '').split('\n').map((line) => line.trim()).filter((line) => line.length > 0) : [];
      const answer =
        question.kind === 'fill_in'
          ? question.answer.split('|').map((part) => part.trim()).filter((part) => part.length > 0)
          : question.kind === 'true_false'
            ? [truthy.has(question.answer.trim().toLowerCase()) ? 'true' : 'false']
            : splitList(question.answer).map((letter) => letter.toLowerCase());
      return {
        kind: question.kind,
        prompt: text(question.prompt),
        options: options.map((option, index) => ({ id: optionId(index), text: text(option) })),
        answer,
        explanation: question.explanation?.trim() ? text(question.explanation) : {},
        knowledgePoints: splitList(question.knowledgePoints),
        difficulty: question.difficulty,
      };
    }),
  };
}

export type ExerciseSetModalProps = { open: boolean; onClose: () => void; onCreated: (id: string) => void };

/** A new exercise set: questions with answers, explanations, knowledge points and difficulty. */
export function ExerciseSetModal({ open, onClose, onCreated }: ExerciseSetModalProps) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<SetForm>();
  const create = useCreateExerciseSet();
  const submit = async (values: SetForm) => {
    const created = await create.mutateAsync(toExerciseSetInput(values, locale));
    void message.success(t('courses.exerciseSet.created'));
    onCreated(created.id);
    form.resetFields();
  };
  return (
    <Modal open={open} width={720} title={t('courses.exerciseSet.title')} onCancel={onClose} onOk={() => form.submit()} okText={t('courses.exerciseSet.create')} confirmLoading={create.isPending}>
      {create.error ? <ErrorAlert error={create.error} /> : null}
      <Form form={form} layout="vertical" initialValues={{ questions: [{ kind: 'single', difficulty: 3 }] }} onFinish={(values) => void submit(values)}>
        <Form.Item name="title" label={t('courses.exerciseSet.setTitle')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.List name="questions">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  title={t('courses.exerciseSet.question', { n: index + 1 })}
                  style={{ marginBottom: 12 }}
                  extra={fields.length > 1 ? <Button size="small" type="text" icon={<MinusCircleOutlined />} aria-label={t('courses.exerciseSet.removeQuestion')} onClick={() => remove(field.name)} /> : null}
                >
                  <Form.Item name={[field.name, 'kind']} label={t('courses.exerciseSet.kind')}>
                    <Select options={(['single', 'multiple', 'true_false', 'fill_in'] as const).map((kind) => ({ value: kind, label: t(`courses.exerciseSet.kinds.${kind}`) }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'prompt']} label={t('courses.exerciseSet.prompt')} rules={[{ required: true, whitespace: true }]}>
                    <Input.TextArea rows={2} maxLength={4000} />
                  </Form.Item>
                  <Form.Item noStyle shouldUpdate>
                    {() =>
                      ['single', 'multiple'].includes(String(form.getFieldValue(['questions', field.name, 'kind']))) ? (
                        <Form.Item name={[field.name, 'options']} label={t('courses.exerciseSet.options')} rules={[{ required: true }]}>
                          <Input.TextArea rows={3} />
                        </Form.Item>
                      ) : null
                    }
                  </Form.Item>
                  <Form.Item name={[field.name, 'answer']} label={t('courses.exerciseSet.answer')} extra={t('courses.exerciseSet.answerHint')} rules={[{ required: true, whitespace: true }]}>
                    <Input maxLength={400} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'explanation']} label={t('courses.exerciseSet.explanation')}>
                    <Input.TextArea rows={2} maxLength={2000} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'knowledgePoints']} label={t('courses.exerciseSet.knowledgePoints')}>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'difficulty']} label={t('courses.exerciseSet.difficulty')}>
                    <InputNumber min={1} max={5} />
                  </Form.Item>
                </Card>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ kind: 'single', difficulty: 3 })}>
                {t('courses.exerciseSet.addQuestion')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
