import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { roleAssignmentSchema, roleSchema, type Role } from '../../../../shared/contracts/platform/roles.js';
import { useZodRule } from '../../../ui/zod-rule.js';
import { RoleSelect } from './role-select.js';
import { ScopeSelect } from './scope-select.js';

export type AssignmentsEditorProps = {
  /** Labels of scopes the edited user already holds. */
  knownLabels?: Readonly<Record<string, string>>;
  /** Form field name of the list; `assignments` as in the contracts. */
  name?: string;
};

const MAX_ASSIGNMENTS = 20;

function asRole(value: unknown): Role | undefined {
  const parsed = roleSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** A list of (role, scope) rows inside an antd Form, validated with the shared contract. */
export function AssignmentsEditor({ knownLabels, name = 'assignments' }: AssignmentsEditorProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const { token } = theme.useToken();
  const zodRule = useZodRule();

  return (
    <Form.List
      name={name}
      rules={[
        {
          validator: async (_rule, value: unknown) => {
            if (!Array.isArray(value) || value.length === 0) throw new Error(t('validation.tooFewItems', { min: 1 }));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, index) => (
            <Flex
              key={field.key}
              gap={8}
              align="flex-start"
              wrap
              style={{ padding: '8px 8px 0', marginBottom: 8, background: token.colorFillAlter, borderRadius: token.borderRadius }}
              data-testid={`assignment-row-${index}`}
            >
              <Form.Item
                name={[field.name, 'role']}
                rules={[zodRule(roleAssignmentSchema.shape.role)]}
                style={{ flex: '1 1 180px', minWidth: 160, marginBottom: 8 }}
              >
                <RoleSelect
                  style={{ width: '100%' }}
                  testId={`assignment-role-${index}`}
                  onChange={() => form.setFieldValue([name, field.name, 'scope'], undefined)}
                />
              </Form.Item>
              <Form.Item noStyle dependencies={[[name, field.name, 'role']]}>
                {({ getFieldValue }) => (
                  <Form.Item
                    name={[field.name, 'scope']}
                    rules={[zodRule(roleAssignmentSchema.shape.scope, t('validation.required'))]}
                    style={{ flex: '2 1 240px', minWidth: 200, marginBottom: 8 }}
                  >
                    <ScopeSelect
                      role={asRole(getFieldValue([name, field.name, 'role']))}
                      knownLabels={knownLabels}
                      style={{ width: '100%' }}
                      testId={`assignment-scope-${index}`}
                    />
                  </Form.Item>
                )}
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<MinusCircleOutlined />}
                aria-label={t('identity.assignments.remove')}
                title={t('identity.assignments.remove')}
                disabled={fields.length <= 1}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ role: undefined, scope: undefined })}
            disabled={fields.length >= MAX_ASSIGNMENTS}
            data-testid="assignment-add"
          >
            {t('identity.assignments.add')}
          </Button>
          <Form.ErrorList errors={errors} />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('identity.userForm.assignmentsHelp')}
          </Typography.Paragraph>
        </>
      )}
    </Form.List>
  );
}
