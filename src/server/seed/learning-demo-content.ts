import type { CreateExerciseSetInput } from '../../shared/contracts/learning/courses.js';
import type { ResourceType } from '../../shared/contracts/learning/resources.js';
import type { RecordTrainingInput } from '../../shared/contracts/learning/training.js';
import { demoDiagramPng, demoH5Page, demoPdf, demoSimulationPackage, type DemoFile } from './learning-demo-files.js';

/**
 * What the learning demo contains. Every title starts with 演示· / "Demo · " (as the demo
 * accounts and colleges are labelled), descriptions say the data is generated, program codes are
 * the sample catalog's SAMPLE-… codes, publishers and training providers are marked fictional,
 * and no ISBN is given (an invented one could be a real book's).
 */
export const DEMO_LABEL = { 'zh-CN': '演示数据（系统生成），不是真实的教学内容。', en: 'Demo data (generated), not real teaching content.' } as const;

const described = (zh: string, en: string) => ({ 'zh-CN': `${zh}${DEMO_LABEL['zh-CN']}`, en: `${en} ${DEMO_LABEL.en}` });
export const demoTitle = (zh: string, en: string) => ({ 'zh-CN': `演示·${zh}`, en: `Demo · ${en}` });

const PYTHON = 'SAMPLE-H010101';
const AI = 'SAMPLE-H010103';
const DRONES = 'SAMPLE-H070101';

export type DemoResourceKey = 'pythonHandout' | 'pythonLoops' | 'droneChecklist' | 'droneSafety' | 'imageClassifier' | 'droneSimulation';

export type DemoResource = {
  key: DemoResourceKey;
  type: ResourceType;
  title: Record<string, string>;
  description: Record<string, string>;
  programCodes: string[];
  knowledgePoints: string[];
  file: () => DemoFile | Promise<DemoFile>;
};

const loopsScript = `document.getElementById('run').addEventListener('click', function () {
  var n = Number(document.getElementById('n').value) || 0;
  var lines = ['for i in range(' + n + '):', '    print(i * i)', ''];
  for (var i = 0; i < Math.min(n, 20); i += 1) lines.push(String(i * i));
  document.getElementById('out').textContent = lines.join('\\n');
});`;

const classifierScript = `var samples = [[1.0, 1.2, 'A'], [1.4, 0.8, 'A'], [3.8, 4.1, 'B'], [4.2, 3.6, 'B']];
document.getElementById('run').addEventListener('click', function () {
  var x = Number(document.getElementById('x').value), y = Number(document.getElementById('y').value);
  var best = samples.map(function (s) { return [Math.hypot(s[0] - x, s[1] - y), s[2]]; }).sort(function (a, b) { return a[0] - b[0]; })[0];
  document.getElementById('out').textContent = '最近邻 nearest neighbour: ' + best[1] + ' (distance ' + best[0].toFixed(2) + ')';
});`;

export const demoResources: readonly DemoResource[] = [
  {
    key: 'pythonHandout', type: 'document', programCodes: [PYTHON], knowledgePoints: ['变量与数据类型', '条件语句', '循环语句'],
    title: demoTitle('Python 编程基础讲义', 'Python programming basics handout'),
    description: described('Python 编程入门讲义：变量、数据类型、条件与循环。', 'An introductory Python handout: variables, data types, conditions and loops.'),
    file: () => demoPdf('python-basics-demo.pdf', 'Python programming basics (demo handout)', [
      '1. Variables name values: price = 12.5',
      '2. Data types: int, float, str, bool, list, dict',
      '3. Conditions: if score >= 60: print("pass")',
      '4. Loops: for i in range(5): print(i)',
      '5. Functions: def area(w, h): return w * h',
    ]),
  },
  {
    key: 'pythonLoops', type: 'h5', programCodes: [PYTHON], knowledgePoints: ['循环语句'],
    title: demoTitle('Python 循环互动练习', 'Interactive Python loop exercise'),
    description: described('输入次数，观察 for 循环逐次输出平方数。', 'Enter a count and watch a for loop print squares one by one.'),
    file: () => demoH5Page('python-loops-demo.html', {
      title: '演示·Python 循环互动练习 · Demo loop exercise',
      intro: '输入循环次数，点击运行。Enter a count and press Run.',
      body: '<label>n = <input id="n" type="number" value="5" min="0" max="20"></label> <button id="run">运行 Run</button><pre id="out"></pre>',
      script: loopsScript,
    }),
  },
  {
    key: 'droneChecklist', type: 'image', programCodes: [DRONES], knowledgePoints: ['飞行前检查'],
    title: demoTitle('无人机飞行前检查图解', 'Drone pre-flight checklist diagram'),
    description: described('多旋翼无人机飞行前的五项检查：电池、桨叶、机臂、GPS、遥控器。', 'Five pre-flight checks of a multirotor drone: battery, propellers, arms, GPS and remote controller.'),
    file: () => demoDiagramPng('drone-checklist-demo.png'),
  },
  {
    key: 'droneSafety', type: 'document', programCodes: [DRONES], knowledgePoints: ['飞行安全', '航拍作业'],
    title: demoTitle('无人机航拍作业安全规范', 'Drone aerial photography safety rules'),
    description: described('航拍作业前的空域确认、现场警戒与应急返航要求。', 'Airspace checks, site safety and emergency return before aerial photography.'),
    file: () => demoPdf('drone-safety-demo.pdf', 'Drone aerial photography safety rules (demo)', [
      '1. Confirm the airspace and the flight permit before the flight.',
      '2. Keep the drone in visual line of sight.',
      '3. Mark a take-off zone and keep people away from it.',
      '4. Set the return-to-home height above the highest obstacle.',
      '5. Land at once when the battery falls below 30 percent.',
    ]),
  },
  {
    key: 'imageClassifier', type: 'h5', programCodes: [AI], knowledgePoints: ['分类算法', '最近邻'],
    title: demoTitle('图像分类互动演示', 'Interactive classification demo'),
    description: described('用最近邻算法给一个新样本分类，理解“训练数据”和“预测”。', 'Classify a new sample with the nearest-neighbour algorithm to see what training data and a prediction are.'),
    file: () => demoH5Page('classifier-demo.html', {
      title: '演示·图像分类互动演示 · Demo classification',
      intro: '输入一个样本的两个特征，看它被分到哪一类。Enter two features of a sample and see its class.',
      body: '<label>x <input id="x" type="number" value="2" step="0.1"></label> <label>y <input id="y" type="number" value="2" step="0.1"></label> <button id="run">分类 Classify</button><pre id="out"></pre>',
      script: classifierScript,
    }),
  },
  {
    key: 'droneSimulation', type: 'virtual_simulation', programCodes: [DRONES], knowledgePoints: ['飞行前检查', '起降操作'],
    title: demoTitle('无人机起降仿真实训', 'Drone take-off and landing simulation'),
    description: described('在仿真环境中按顺序完成飞行前检查、起飞与降落，系统记录进度与得分。', 'Complete the pre-flight checks, take-off and landing in order in a simulation; progress and score are recorded.'),
    file: () => demoSimulationPackage('drone-takeoff-landing-demo.zip'),
  },
];

export type DemoExerciseKey = 'python' | 'drones' | 'ai';

export const demoExerciseSets: Record<DemoExerciseKey, CreateExerciseSetInput> = {
  python: {
    title: demoTitle('Python 基础小测', 'Python basics quiz'),
    items: [
      {
        kind: 'single', difficulty: 1, knowledgePoints: ['变量与数据类型'],
        prompt: { 'zh-CN': 'type(3.0) 的结果是什么？', en: 'What does type(3.0) return?' },
        options: [{ id: 'a', text: { 'zh-CN': 'int', en: 'int' } }, { id: 'b', text: { 'zh-CN': 'float', en: 'float' } }, { id: 'c', text: { 'zh-CN': 'str', en: 'str' } }],
        answer: ['b'], explanation: { 'zh-CN': '带小数点的数字是浮点数 float。', en: 'A number with a decimal point is a float.' },
      },
      {
        kind: 'true_false', difficulty: 2, knowledgePoints: ['循环语句'], options: [],
        prompt: { 'zh-CN': 'range(5) 会产生 1 到 5 五个数。', en: 'range(5) yields the five numbers 1 to 5.' },
        answer: ['false'], explanation: { 'zh-CN': 'range(5) 产生 0、1、2、3、4。', en: 'range(5) yields 0, 1, 2, 3 and 4.' },
      },
      {
        kind: 'multiple', difficulty: 2, knowledgePoints: ['条件语句'],
        prompt: { 'zh-CN': '下列哪些是 Python 的比较运算符？', en: 'Which of these are Python comparison operators?' },
        options: [{ id: 'a', text: { 'zh-CN': '==', en: '==' } }, { id: 'b', text: { 'zh-CN': '>=', en: '>=' } }, { id: 'c', text: { 'zh-CN': ':=', en: ':=' } }, { id: 'd', text: { 'zh-CN': '!=', en: '!=' } }],
        answer: ['a', 'b', 'd'], explanation: { 'zh-CN': ':= 是赋值表达式，不是比较运算符。', en: ':= is an assignment expression, not a comparison.' },
      },
      {
        kind: 'fill_in', difficulty: 3, knowledgePoints: ['函数'], options: [],
        prompt: { 'zh-CN': '定义函数使用的关键字是 ____。', en: 'The keyword that defines a function is ____.' },
        answer: ['def'], explanation: { 'zh-CN': '例如 def area(w, h): return w * h', en: 'For example def area(w, h): return w * h' },
      },
    ],
  },
  drones: {
    title: demoTitle('无人机飞行安全小测', 'Drone flight safety quiz'),
    items: [
      {
        kind: 'single', difficulty: 2, knowledgePoints: ['飞行前检查'],
        prompt: { 'zh-CN': '起飞前最先检查的是？', en: 'What is checked first before take-off?' },
        options: [{ id: 'a', text: { 'zh-CN': '电池电量', en: 'Battery level' } }, { id: 'b', text: { 'zh-CN': '相机参数', en: 'Camera settings' } }],
        answer: ['a'], explanation: { 'zh-CN': '电量不足会导致空中断电，必须先检查。', en: 'A low battery can cut power in the air, so it comes first.' },
      },
      {
        kind: 'true_false', difficulty: 1, knowledgePoints: ['飞行安全'], options: [],
        prompt: { 'zh-CN': '航拍时可以让无人机飞出视距。', en: 'A drone may fly beyond visual line of sight while filming.' },
        answer: ['false'], explanation: { 'zh-CN': '一般作业应保持目视视距内飞行。', en: 'Ordinary operations keep the drone within visual line of sight.' },
      },
      {
        kind: 'single', difficulty: 3, knowledgePoints: ['起降操作'],
        prompt: { 'zh-CN': '返航高度应如何设置？', en: 'How should the return-to-home height be set?' },
        options: [{ id: 'a', text: { 'zh-CN': '高于航线上最高障碍物', en: 'Above the highest obstacle on the route' } }, { id: 'b', text: { 'zh-CN': '越低越省电', en: 'As low as possible to save power' } }],
        answer: ['a'], explanation: { 'zh-CN': '返航高度低于障碍物会发生碰撞。', en: 'Below an obstacle the drone would hit it on the way home.' },
      },
    ],
  },
  ai: {
    title: demoTitle('人工智能基础小测', 'AI basics quiz'),
    items: [
      {
        kind: 'single', difficulty: 2, knowledgePoints: ['分类算法'],
        prompt: { 'zh-CN': '给图片打上“猫”或“狗”的标签属于哪类任务？', en: 'Labelling pictures as "cat" or "dog" is which kind of task?' },
        options: [{ id: 'a', text: { 'zh-CN': '分类', en: 'Classification' } }, { id: 'b', text: { 'zh-CN': '回归', en: 'Regression' } }, { id: 'c', text: { 'zh-CN': '聚类', en: 'Clustering' } }],
        answer: ['a'], explanation: { 'zh-CN': '输出是离散类别，是分类任务。', en: 'The output is a discrete class: classification.' },
      },
      {
        kind: 'true_false', difficulty: 2, knowledgePoints: ['最近邻'], options: [],
        prompt: { 'zh-CN': '最近邻算法需要事先训练一个参数模型。', en: 'The nearest-neighbour algorithm first trains a parametric model.' },
        answer: ['false'], explanation: { 'zh-CN': '最近邻直接比较与已有样本的距离。', en: 'Nearest neighbour compares distances to the stored samples directly.' },
      },
    ],
  },
};

export type DemoCourse = {
  key: 'python' | 'drones' | 'ai';
  title: Record<string, string>;
  description: Record<string, string>;
  programCodes: string[];
  knowledgePoints: string[];
  isCore: boolean;
  target: 'open' | 'class';
  units: { title: Record<string, string>; items: ({ resource: DemoResourceKey } | { exercises: DemoExerciseKey })[] }[];
};

export const demoCourses: readonly DemoCourse[] = [
  {
    key: 'python', isCore: true, target: 'open', programCodes: [PYTHON], knowledgePoints: ['变量与数据类型', '条件语句', '循环语句', '函数'],
    title: demoTitle('Python 编程基础', 'Python programming basics'),
    description: described('面向零基础学生的 Python 编程入门课程。', 'An introductory Python programming course for beginners.'),
    units: [
      { title: { 'zh-CN': '第一单元 认识 Python', en: 'Unit 1 Meet Python' }, items: [{ resource: 'pythonHandout' }, { resource: 'pythonLoops' }] },
      { title: { 'zh-CN': '第二单元 单元测验', en: 'Unit 2 Quiz' }, items: [{ exercises: 'python' }] },
    ],
  },
  {
    key: 'drones', isCore: false, target: 'class', programCodes: [DRONES], knowledgePoints: ['飞行前检查', '飞行安全', '起降操作'],
    title: demoTitle('无人机应用技术实训', 'Drone operation training'),
    description: described('无人机飞行前检查、安全规范与仿真起降实训（班级课程）。', 'Pre-flight checks, safety rules and simulated take-off and landing (a class course).'),
    units: [
      { title: { 'zh-CN': '第一单元 飞行前准备', en: 'Unit 1 Before the flight' }, items: [{ resource: 'droneChecklist' }, { resource: 'droneSafety' }] },
      { title: { 'zh-CN': '第二单元 仿真起降', en: 'Unit 2 Simulated flight' }, items: [{ resource: 'droneSimulation' }, { exercises: 'drones' }] },
    ],
  },
  {
    key: 'ai', isCore: false, target: 'open', programCodes: [AI], knowledgePoints: ['分类算法', '最近邻'],
    title: demoTitle('人工智能技术应用导论', 'Introduction to applied AI'),
    description: described('从一个分类小实验认识机器学习。', 'Meet machine learning through a small classification experiment.'),
    units: [{ title: { 'zh-CN': '第一单元 什么是分类', en: 'Unit 1 What classification is' }, items: [{ resource: 'imageClassifier' }, { exercises: 'ai' }] }],
  },
];

export const DEMO_CLASS_NAME = '演示·无人机应用技术 2401 班';

/** `edition`: the edition a section first appears in (1 when absent). */
type DemoChapter = { title: Record<string, string>; knowledgePoints: string[]; content: string; sections: { title: Record<string, string>; content: string; edition?: number }[] };

export type DemoTextbook = {
  key: 'python' | 'drones';
  title: Record<string, string>;
  publisher: string;
  authors: string[];
  programCodes: string[];
  audience: 'college' | 'public';
  chapters: DemoChapter[];
};

const label = '<p><em>演示数据（系统生成）· Demo data (generated)</em></p>';

export const demoTextbooks: readonly DemoTextbook[] = [
  {
    key: 'python', audience: 'public', programCodes: [PYTHON], publisher: '演示出版社（虚构） Demo Press (fictional)', authors: ['演示·教师'],
    title: demoTitle('Python 程序设计', 'Python programming'),
    chapters: [
      {
        title: { 'zh-CN': 'Python 与开发环境', en: 'Python and its tools' }, knowledgePoints: ['开发环境'],
        content: `${label}<h2>为什么学 Python</h2><p>Python 语法简洁，广泛用于<strong>数据处理</strong>、<strong>自动化</strong>和<strong>人工智能</strong>。</p><ul><li>安装解释器</li><li>使用交互式环境</li><li>运行第一个程序</li></ul><pre><code>print("你好，鲁班")</code></pre>`,
        sections: [{ title: { 'zh-CN': '第一个程序', en: 'The first program' }, content: `${label}<p>在终端输入 <code>python hello.py</code> 运行程序。</p>` }],
      },
      {
        title: { 'zh-CN': '变量与数据类型', en: 'Variables and data types' }, knowledgePoints: ['变量与数据类型'],
        content: `${label}<h2>常用数据类型</h2><table><thead><tr><th>类型</th><th>示例</th></tr></thead><tbody><tr><td>int</td><td>42</td></tr><tr><td>float</td><td>3.14</td></tr><tr><td>str</td><td>"鲁班"</td></tr></tbody></table><blockquote>变量是值的名字。</blockquote>`,
        sections: [],
      },
      {
        title: { 'zh-CN': '条件与循环', en: 'Conditions and loops' }, knowledgePoints: ['条件语句', '循环语句'],
        content: `${label}<h2>if 语句</h2><pre><code>if score &gt;= 60:\n    print("及格")</code></pre><h2>for 循环</h2><ol><li>range(n) 产生 0 到 n-1</li><li>break 结束循环</li></ol>`,
        sections: [{ title: { 'zh-CN': '循环练习', en: 'Loop practice' }, content: `${label}<p>打印 1 到 10 的平方。</p>`, edition: 2 }],
      },
    ],
  },
  {
    key: 'drones', audience: 'college', programCodes: [DRONES], publisher: '演示出版社（虚构） Demo Press (fictional)', authors: ['演示·教师'],
    title: demoTitle('无人机飞行原理', 'Principles of drone flight'),
    chapters: [
      {
        title: { 'zh-CN': '多旋翼无人机的结构', en: 'The multirotor airframe' }, knowledgePoints: ['机体结构'],
        content: `${label}<h2>主要部件</h2><ul><li>机架与机臂</li><li>电机与桨叶</li><li>飞控与 GPS</li><li>电池</li></ul>`,
        sections: [],
      },
      {
        title: { 'zh-CN': '升力与姿态控制', en: 'Lift and attitude control' }, knowledgePoints: ['飞行原理'],
        content: `${label}<h2>升力</h2><p>四个旋翼转速之和决定<strong>升力</strong>，转速之差改变<strong>姿态</strong>。</p>`,
        sections: [{ title: { 'zh-CN': '偏航', en: 'Yaw' }, content: `${label}<p>对角旋翼同向旋转，改变两组转速差即可偏航。</p>` }],
      },
    ],
  },
];

/** External training of demo.teacher: the first is approved by the college administrator, the second waits for review. */
export function demoTrainingRecords(now: Date): { record: Omit<RecordTrainingInput, 'evidenceUploadId'>; withEvidence: boolean; approve: boolean }[] {
  const day = (offset: number) => new Date(now.getTime() - offset * 86_400_000).toISOString().slice(0, 10);
  return [
    {
      withEvidence: true, approve: true,
      record: { title: '演示·企业实践：无人机整机装调', provider: '演示航空科技有限公司（虚构）', category: 'enterprise_practice', startDate: day(120), endDate: day(111), hours: 40 },
    },
    {
      withEvidence: false, approve: false,
      record: { title: '演示·信息化教学能力提升研修', provider: '演示教师发展中心（虚构）', category: 'teaching_skills', startDate: day(21), endDate: day(20), hours: 16 },
    },
  ];
}

export const demoEvidence = (): DemoFile => demoPdf('enterprise-practice-certificate-demo.pdf', 'Enterprise practice certificate (demo)', ['Teacher: demo.teacher (demo account)', 'Enterprise: Demo Aviation Tech Co. (fictional)', 'Hours: 40', 'This certificate is demo data.']);
