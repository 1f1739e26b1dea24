import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Flex, Input, Radio, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerFeedback, ExerciseQuestion } from '../../../../shared/contracts/learning/courses.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { useExerciseAction, useExerciseSheet } from '../api/courses.api.js';
import { localizedText } from './localized-text.js';

type QuestionProps = { question: ExerciseQuestion; index: number; feedback: AnswerFeedback | undefined; isOpen: boolean; isSending: boolean; onAnswer: (response: string[]) => void };

function answerText(question: ExerciseQuestion, ids: readonly string[], locale: string): string {
  if (question.kind === 'fill_in') return ids.join(' / ');
  return ids.map((id) => localizedText(question.options.find((option) => option.id === id)?.text ?? {}, locale) || id).join('、');
}

/** One question: its input until answered, then the feedback (right or wrong, the right answer, the explanation). */
function Question({ question, index, feedback, isOpen, isSending, onAnswer }: QuestionProps) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const [response, setResponse] = useState<string[]>([]);
  const isAnswered = feedback !== undefined;
  const options = question.options.map((option) => ({ value: option.id, label: localizedText(option.text, locale) }));
  const disabled = isAnswered || !isOpen;
  const current = feedback?.response ?? response;
  return (
    <Card size="small" data-testid="exercise-question" style={{ marginBottom: 12 }} title={`${index + 1}. ${localizedText(question.prompt, locale)}`} extra={<Tag>{t(`courses.exerciseSet.kinds.${question.kind}`)}</Tag>}>
      <Space direction="vertical" style={{ width: '100%' }}>
        {question.kind === 'multiple' ? (
          <Checkbox.Group options={options} value={current} disabled={disabled} onChange={(values) => setResponse(values.map(String))} />
        ) : question.kind === 'fill_in' ? (
          <Input value={current[0] ?? ''} disabled={disabled} placeholder={t('courses.player.exercises.fillPlaceholder')} onChange={(event) => setResponse([event.target.value])} style={{ maxWidth: 360 }} aria-label={localizedText(question.prompt, locale)} />
        ) : (
          <Radio.Group options={options} value={current[0]} disabled={disabled} onChange={(event) => setResponse([String(event.target.value)])} />
        )}
        {!isAnswered && isOpen ? (
          <Button type="primary" size="small" disabled={response.length === 0 || (response[0] ?? '').trim() === ''} loading={isSending} onClick={() => onAnswer(response)}>
            {t('courses.player.exercises.submit')}
          </Button>
        ) : null}
        {feedback ? (
          <Alert
            data-testid="exercise-feedback"
            type={feedback.correct ? 'success' : 'error'}
            showIcon
            icon={feedback.correct ? <CheckCircleFilled /> : <CloseCircleFilled />}
            message={feedback.correct ? t('courses.player.exercises.correct') : t('courses.player.exercises.wrong')}
            description={
              <Space direction="vertical" size={2}>
                {!feedback.correct ? <Typography.Text>{t('courses.player.exercises.rightAnswer', { answer: answerText(question, feedback.correctAnswer, locale) })}</Typography.Text> : null}
                {localizedText(feedback.explanation, locale) ? <Typography.Text type="secondary">{localizedText(feedback.explanation, locale)}</Typography.Text> : null}
              </Space>
            }
          />
        ) : null}
      </Space>
    </Card>
  );
}

export type ExerciseRunnerProps = { courseId: string; itemId: string };

/** An exercise item: start an attempt, answer question by question with immediate feedback, see the score. */
export function ExerciseRunner({ courseId, itemId }: ExerciseRunnerProps) {
  const { t } = useTranslation();
  const sheet = useExerciseSheet(courseId, itemId);
  const { start, answer } = useExerciseAction(courseId, itemId);
  if (sheet.error) return <ErrorAlert error={sheet.error} onRetry={() => void sheet.refetch()} />;
  if (!sheet.data) return <Skeleton active />;
  const attempt = sheet.data.attempt;
  const isOpen = attempt !== null && attempt.finishedAt === null;
  const feedbackById = new Map((attempt?.feedback ?? []).map((feedback) => [feedback.exerciseId, feedback]));
  return (
    <div data-testid="exercise-runner">
      {answer.error ? <ErrorAlert error={answer.error} /> : null}
      {start.error ? <ErrorAlert error={start.error} /> : null}
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        {attempt ? (
          <Typography.Text strong data-testid="exercise-score">
            {t('courses.player.exercises.score', { score: attempt.score, max: attempt.maxScore })}
            {attempt.finishedAt ? ` · ${t('courses.player.exercises.finished')}` : ''}
          </Typography.Text>
        ) : (
          <span />
        )}
        {!isOpen ? (
          <Button type="primary" loading={start.isPending} onClick={() => start.mutate()}>
            {attempt ? t('courses.player.exercises.again') : t('courses.player.exercises.start')}
          </Button>
        ) : null}
      </Flex>
      {sheet.data.questions.map((question, index) => (
        <Question
          key={`${attempt?.id ?? 'none'}-${question.id}`}
          question={question}
          index={index}
          feedback={feedbackById.get(question.id)}
          isOpen={isOpen}
          isSending={answer.isPending && answer.variables.exerciseId === question.id}
          onAnswer={(response) => answer.mutate({ exerciseId: question.id, response })}
        />
      ))}
    </div>
  );
}
