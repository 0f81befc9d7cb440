<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>Accessible</name>
        <message>
            <source>: </source>
            <translation>：</translation>
        </message>
        <message>
            <source>{percent}% done</source>
            <translation>已完成 {percent}%</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>Keyboard shortcuts title</source>
            <translation>键盘快捷键标题</translation>
        </message>
        <message>
            <source>Shortcut list</source>
            <translation>快捷键列表</translation>
        </message>
        <message>
            <source>Every keyboard shortcut: keys, what they do, where</source>
            <translation>所有键盘快捷键：按键、作用、适用位置</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>练习</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>练习</translation>
        </message>
        <message>
            <source>Alt+Up and Alt+Down move the chosen exercise, Delete removes it, Ctrl+D duplicates it</source>
            <translation>Alt+上 和 Alt+下 移动所选练习，Delete 删除，Ctrl+D 复制</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>Add parameter</source>
            <translation>添加参数</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>Total time</source>
            <translation>总时长</translation>
        </message>
        <message>
            <source>First segments</source>
            <translation>前几个片段</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <source>Routine editor</source>
            <translation>方案编辑器</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Routine form</source>
            <translation>方案表单</translation>
        </message>
        <message>
            <source>Adjustable values</source>
            <translation>可调数值</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>页面</translation>
        </message>
        <message>
            <source>Menu bar</source>
            <translation>菜单栏</translation>
        </message>
        <message>
            <source>Mini timer</source>
            <translation>迷你计时器</translation>
        </message>
        <message>
            <source>Segment kind</source>
            <translation>片段类型</translation>
        </message>
        <message>
            <source>Time left in this segment</source>
            <translation>本片段剩余时间</translation>
        </message>
        <message>
            <source>Remind me</source>
            <translation>提醒我</translation>
        </message>
        <message>
            <source>Times of day</source>
            <translation>一天中的时间</translation>
        </message>
        <message>
            <source>Times like 09:00, separated by commas</source>
            <translation>时间如 09:00，用逗号分隔</translation>
        </message>
        <message>
            <source>Times a day</source>
            <translation>每天次数</translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>到</translation>
        </message>
        <message>
            <source>Use the routine's advice</source>
            <translation>使用方案的建议</translation>
        </message>
        <message>
            <source>What the reminder does</source>
            <translation>提醒的内容</translation>
        </message>
        <message>
            <source>Start Leg Timer at login</source>
            <translation>登录时启动 Leg Timer</translation>
        </message>
        <message>
            <source>Workout</source>
            <translation>训练</translation>
        </message>
        <message>
            <source>Round and set</source>
            <translation>轮次和组</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>次数</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>提示</translation>
        </message>
        <message>
            <source>Next segment</source>
            <translation>下一个片段</translation>
        </message>
        <message>
            <source>Session time done</source>
            <translation>本次已完成时间</translation>
        </message>
        <message>
            <source>Session time left</source>
            <translation>本次剩余时间</translation>
        </message>
        <message>
            <source>Session progress</source>
            <translation>本次进度</translation>
        </message>
        <message>
            <source>Keyboard hints</source>
            <translation>按键提示</translation>
        </message>
        <message>
            <source>Workout history</source>
            <translation>训练记录</translation>
        </message>
        <message>
            <source>History heading</source>
            <translation>记录标题</translation>
        </message>
        <message>
            <source>Streaks</source>
            <translation>连续记录</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>返回</translation>
        </message>
        <message>
            <source>Totals per routine</source>
            <translation>各方案合计</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>训练次数</translation>
        </message>
        <message>
            <source>Session columns</source>
            <translation>训练记录列</translation>
        </message>
        <message>
            <source>History notice</source>
            <translation>记录提示</translation>
        </message>
        <message>
            <source>Delete the selected session</source>
            <translation>删除所选训练记录</translation>
        </message>
        <message>
            <source>Undo the deletion</source>
            <translation>撤销删除</translation>
        </message>
        <message>
            <source>Jump list</source>
            <translation>跳转列表</translation>
        </message>
        <message>
            <source>Filter the exercises</source>
            <translation>筛选练习</translation>
        </message>
        <message>
            <source>Exercises of the routine</source>
            <translation>方案中的练习</translation>
        </message>
        <message>
            <source>Routine details</source>
            <translation>方案详情</translation>
        </message>
        <message>
            <source>Routine name</source>
            <translation>方案名称</translation>
        </message>
        <message>
            <source>Practice advice</source>
            <translation>练习建议</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <source>Value refused</source>
            <translation>数值被拒绝</translation>
        </message>
        <message>
            <source>Reset to the routine's defaults</source>
            <translation>恢复方案默认值</translation>
        </message>
        <message>
            <source>Exercises, instructions and notes</source>
            <translation>练习、说明和备注</translation>
        </message>
        <message>
            <source>{label}: allowed values</source>
            <translation>{label}：允许的值</translation>
        </message>
        <message>
            <source>{label}: hint</source>
            <translation>{label}：提示</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>音量</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>语音</translation>
        </message>
        <message>
            <source>Voice rate</source>
            <translation>语速</translation>
        </message>
        <message>
            <source>Test sound</source>
            <translation>测试声音</translation>
        </message>
        <message>
            <source>Test voice</source>
            <translation>测试语音</translation>
        </message>
        <message>
            <source>Test result</source>
            <translation>测试结果</translation>
        </message>
        <message>
            <source>Countdown length</source>
            <translation>倒数时长</translation>
        </message>
        <message>
            <source>Get-ready seconds</source>
            <translation>准备秒数</translation>
        </message>
        <message>
            <source>After sleep</source>
            <translation>睡眠唤醒后</translation>
        </message>
        <message>
            <source>Pause when the screen locks</source>
            <translation>锁屏时暂停</translation>
        </message>
        <message>
            <source>Desktop notifications</source>
            <translation>桌面通知</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>日志文件</translation>
        </message>
        <message>
            <source>Workout summary</source>
            <translation>训练总结</translation>
        </message>
        <message>
            <source>Summary heading</source>
            <translation>总结标题</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>方案</translation>
        </message>
        <message>
            <source>How this session counts</source>
            <translation>本次如何计入</translation>
        </message>
        <message>
            <source>Active time</source>
            <translation>活动时间</translation>
        </message>
        <message>
            <source>Steps done</source>
            <translation>已完成步骤</translation>
        </message>
        <message>
            <source>Steps skipped</source>
            <translation>已跳过步骤</translation>
        </message>
        <message>
            <source>Back to routines</source>
            <translation>返回方案列表</translation>
        </message>
        <message>
            <source>Repeat this workout</source>
            <translation>重复此训练</translation>
        </message>
        <message>
            <source>Undo notice</source>
            <translation>撤销提示</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>完成情况</translation>
        </message>
        <message>
            <source>Exercise instructions</source>
            <translation>练习说明</translation>
        </message>
        <message>
            <source>Routine picker</source>
            <translation>方案选择</translation>
        </message>
        <message>
            <source>Search routines</source>
            <translation>搜索方案</translation>
        </message>
        <message>
            <source>Filter by tag</source>
            <translation>按标签筛选</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>方案</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>没有匹配项</translation>
        </message>
        <message>
            <source>Start the selected routine</source>
            <translation>开始所选方案</translation>
        </message>
        <message>
            <source>Open routines folder</source>
            <translation>打开方案文件夹</translation>
        </message>
        <message>
            <source>Loading progress</source>
            <translation>加载进度</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>{problem}: settings are kept for this session only.</source>
            <translation>{problem}：设置仅在本次运行中保留。</translation>
        </message>
        <message>
            <source>there is no system tray on this desktop; showing the window instead.</source>
            <translation>此桌面没有系统托盘，改为显示窗口。</translation>
        </message>
        <message>
            <source>Sound could not be set up ({error}); cues flash instead.</source>
            <translation>无法设置声音（{error}），改为闪烁提示。</translation>
        </message>
    </context>
    <context>
        <name>Autostart</name>
        <message>
            <source>cannot write {file}: {error}</source>
            <translation>无法写入 {file}：{error}</translation>
        </message>
        <message>
            <source>cannot remove {file}: {error}</source>
            <translation>无法删除 {file}：{error}</translation>
        </message>
    </context>
    <context>
        <name>ChoiceField</name>
        <message>
            <source>{value} (as written)</source>
            <translation>{value}（按原文）</translation>
        </message>
    </context>
    <context>
        <name>CountdownView</name>
        <message>
            <source>PAUSED · {key} resumes</source>
            <translation>已暂停 · 按 {key} 继续</translation>
        </message>
        <message>
            <source>PAUSED</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <source>GET READY</source>
            <translation>准备</translation>
        </message>
        <message>
            <source>MUTED</source>
            <translation>已静音</translation>
        </message>
    </context>
    <context>
        <name>CrashReport</name>
        <message>
            <source>The full details are in the log file:
{file}</source>
            <translation>完整信息见日志文件：
{file}</translation>
        </message>
        <message>
            <source>No log file could be written, so the details went only to the terminal (standard error), if there is one.</source>
            <translation>无法写入日志文件，详细信息仅输出到终端（标准错误输出，如有）。</translation>
        </message>
        <message>
            <source>Something went wrong in {app}.</source>
            <translation>{app} 出错了。</translation>
        </message>
        <message>
            <source>What happened: {summary}</source>
            <translation>发生了什么：{summary}</translation>
        </message>
        <message>
            <source>If it happens again, please include the log when you report it.</source>
            <translation>如果再次发生，请在报告问题时附上日志。</translation>
        </message>
        <message>
            <source>{app} – something went wrong</source>
            <translation>{app} – 出错了</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>打开日志文件夹</translation>
        </message>
    </context>
    <context>
        <name>CueSection</name>
        <message>
            <source>As {inherited}</source>
            <translation>同{inherited}</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>as {inherited}</source>
            <translation>同{inherited}</translation>
        </message>
        <message>
            <source>Sound at the start:</source>
            <translation>开始提示音：</translation>
        </message>
        <message>
            <source>Sound at the end:</source>
            <translation>结束提示音：</translation>
        </message>
        <message>
            <source>Halfway sound:</source>
            <translation>中途提示音：</translation>
        </message>
        <message>
            <source>At half time, on segments of 20 s or more</source>
            <translation>在 20 秒及以上的时段过半时</translation>
        </message>
        <message>
            <source>Countdown ticks:</source>
            <translation>倒计时滴答：</translation>
        </message>
        <message>
            <source>3 ticks 3-2-1 before the end; 0 for none; at most 10</source>
            <translation>结束前 3-2-1 滴答 3 次；0 表示不提示；最多 10</translation>
        </message>
        <message>
            <source>Bell every:</source>
            <translation>铃声间隔：</translation>
        </message>
        <message>
            <source>A bell every so often inside long holds, e.g. 5min; 0 for none</source>
            <translation>长时间保持中定时响铃，例如 5min；0 表示不响</translation>
        </message>
        <message>
            <source>Sound style:</source>
            <translation>声音风格：</translation>
        </message>
        <message>
            <source>Beep</source>
            <translation>哔声</translation>
        </message>
        <message>
            <source>Bell</source>
            <translation>铃声</translation>
        </message>
        <message>
            <source>Beep for workouts, a soft bell for relaxation poses</source>
            <translation>训练用哔声，放松姿势用柔和铃声</translation>
        </message>
    </context>
    <context>
        <name>DayHeatMap</name>
        <message>
            <source>Last {weeks} weeks, from {first}: {minutes} on {days}</source>
            <translation>最近 {weeks} 周（自 {first}）：{days}共 {minutes}</translation>
        </message>
        <message>
            <source>; most on {day} ({minutes})</source>
            <translation>；最多在 {day}（{minutes}）</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <source>exercise {number}</source>
            <translation>动作 {number}</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>方案</translation>
        </message>
        <message>
            <source>line {line}: </source>
            <translation>第 {line} 行：</translation>
        </message>
        <message>
            <source>Exercise {number}: </source>
            <translation>动作 {number}：</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <source>Save the changes to this routine before closing?</source>
            <translation>关闭前保存对此方案的更改吗？</translation>
        </message>
    </context>
    <context>
        <name>EditorWindow</name>
        <message>
            <source>Could not open {file} ({error}); starting a new routine.</source>
            <translation>无法打开 {file}（{error}），改为新建方案。</translation>
        </message>
        <message>
            <source>Copy of {name}</source>
            <translation>{name} 的副本</translation>
        </message>
        <message>
            <source>Adjustable values ($name)</source>
            <translation>可调数值（$name）</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>动作</translation>
        </message>
        <message>
            <source>E&amp;xercises (Alt+Up, Alt+Down to move):</source>
            <translation>动作(&amp;X)（Alt+上、Alt+下 移动）：</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>添加(&amp;A)</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>移除(&amp;V)</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>&amp;Up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <source>Do&amp;wn</source>
            <translation>下移(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Save ({keys})</source>
            <translation>保存（{keys}）</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <source>Ctrl+Shift+Z or Ctrl+Y</source>
            <translation>Ctrl+Shift+Z 或 Ctrl+Y</translation>
        </message>
        <message>
            <source>{action} ({keys})</source>
            <translation>{action}（{keys}）</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Edit {field}</source>
            <translation>编辑 {field}</translation>
        </message>
        <message>
            <source>Add exercise</source>
            <translation>添加动作</translation>
        </message>
        <message>
            <source>Duplicate exercise</source>
            <translation>复制动作</translation>
        </message>
        <message>
            <source>Remove exercise</source>
            <translation>移除动作</translation>
        </message>
        <message>
            <source>Move exercise</source>
            <translation>移动动作</translation>
        </message>
        <message>
            <source>{exercise}  ⚠ problem</source>
            <translation>{exercise}  ⚠ 有问题</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>未保存：{problem}</translation>
        </message>
        <message numerus="yes">
            <source>(and %n more)</source>
            <translation>
                <numerusform>（还有 %n 个）</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved as {file}</source>
            <translation>已保存为 {file}</translation>
        </message>
        <message>
            <source>new file</source>
            <translation>新文件</translation>
        </message>
        <message>
            <source>Routine editor – {file}[*]</source>
            <translation>方案编辑器 – {file}[*]</translation>
        </message>
    </context>
    <context>
        <name>ExerciseForm</name>
        <message>
            <source>Timed work</source>
            <translation>计时运动</translation>
        </message>
        <message>
            <source>Timed hold</source>
            <translation>计时保持</translation>
        </message>
        <message>
            <source>Reps per set</source>
            <translation>每组次数</translation>
        </message>
        <message>
            <source>Total reps over sets</source>
            <translation>多组总次数</translation>
        </message>
        <message>
            <source>One side only (default)</source>
            <translation>仅一侧（默认）</translation>
        </message>
        <message>
            <source>Both: right, then left</source>
            <translation>两侧：先右后左</translation>
        </message>
        <message>
            <source>Right only</source>
            <translation>仅右侧</translation>
        </message>
        <message>
            <source>Left only</source>
            <translation>仅左侧</translation>
        </message>
        <message>
            <source>Left, then right</source>
            <translation>先左后右</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>动作</translation>
        </message>
        <message>
            <source>Cues for this exercise</source>
            <translation>此动作的提示</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>方案</translation>
        </message>
        <message>
            <source>at your own pace</source>
            <translation>按自己的节奏</translation>
        </message>
        <message>
            <source>routine's</source>
            <translation>同方案</translation>
        </message>
        <message>
            <source>same as rest</source>
            <translation>同休息</translation>
        </message>
        <message>
            <source>Nam&amp;e:</source>
            <translation>名称(&amp;E)：</translation>
        </message>
        <message>
            <source>S&amp;hape:</source>
            <translation>形式(&amp;H)：</translation>
        </message>
        <message>
            <source>What the exercise runs</source>
            <translation>动作的进行方式</translation>
        </message>
        <message>
            <source>A&amp;mount:</source>
            <translation>数量(&amp;M)：</translation>
        </message>
        <message>
            <source>A time (45s, 1m30s) for work and holds, a count for reps; or a $parameter</source>
            <translation>运动和保持填时间（45s、1m30s），次数填数字；或填 $参数</translation>
        </message>
        <message>
            <source>&amp;Tempo:</source>
            <translation>节奏(&amp;T)：</translation>
        </message>
        <message>
            <source>Seconds per rep; empty: each set lasts until you press Enter</source>
            <translation>每次秒数；留空：每组持续到按下回车</translation>
        </message>
        <message>
            <source>&amp;Repeats:</source>
            <translation>重复(&amp;R)：</translation>
        </message>
        <message>
            <source>How many intervals, holds or sets</source>
            <translation>多少个间隔、保持或组</translation>
        </message>
        <message>
            <source>S&amp;ides:</source>
            <translation>侧(&amp;I)：</translation>
        </message>
        <message>
            <source>Switch time:</source>
            <translation>换边时间：</translation>
        </message>
        <message>
            <source>The pause to switch sides</source>
            <translation>换边的停顿</translation>
        </message>
        <message>
            <source>Rest:</source>
            <translation>休息：</translation>
        </message>
        <message>
            <source>Between repeats, and after the exercise</source>
            <translation>重复之间及动作之后</translation>
        </message>
        <message>
            <source>Rest a&amp;fter:</source>
            <translation>之后休息(&amp;F)：</translation>
        </message>
        <message>
            <source>After the exercise, when it differs from the rest</source>
            <translation>动作之后，与休息不同时</translation>
        </message>
        <message>
            <source>Instru&amp;ctions:</source>
            <translation>说明(&amp;C)：</translation>
        </message>
        <message>
            <source>Safet&amp;y:</source>
            <translation>安全(&amp;Y)：</translation>
        </message>
        <message>
            <source>What to watch out for</source>
            <translation>注意事项</translation>
        </message>
        <message>
            <source>Change shape</source>
            <translation>更改形式</translation>
        </message>
        <message>
            <source>e.g. 45s</source>
            <translation>例如 45s</translation>
        </message>
        <message>
            <source>e.g. 10</source>
            <translation>例如 10</translation>
        </message>
        <message>
            <source>Exercise {number}</source>
            <translation>动作 {number}</translation>
        </message>
    </context>
    <context>
        <name>GuideText</name>
        <message>
            <source>Safety: {note}</source>
            <translation>安全：{note}</translation>
        </message>
        <message>
            <source>Safety:</source>
            <translation>安全：</translation>
        </message>
    </context>
    <context>
        <name>HeatMap</name>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} 分钟</translation>
        </message>
        <message>
            <source>under 1 min</source>
            <translation>不到 1 分钟</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>方案</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>{name} ({routine})</source>
            <translation>{name}（{routine}）</translation>
        </message>
        <message>
            <source>unfinished</source>
            <translation>未完成</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <source>History</source>
            <translation>历史</translation>
        </message>
        <message>
            <source>A day counts when any session on it completed</source>
            <translation>当天完成过任意一次训练即计入</translation>
        </message>
        <message>
            <source>Back  ({key})</source>
            <translation>返回（{key}）</translation>
        </message>
        <message>
            <source>Newest first. Delete removes the selected session; {keys} brings it back.</source>
            <translation>最新的在前。Delete 删除所选训练；{keys} 恢复。</translation>
        </message>
        <message>
            <source>Delete  ({key})</source>
            <translation>删除（{key}）</translation>
        </message>
        <message>
            <source>Undo  ({keys})</source>
            <translation>撤销（{keys}）</translation>
        </message>
        <message>
            <source>No history: the history file could not be opened.</source>
            <translation>无历史记录：无法打开历史文件。</translation>
        </message>
        <message>
            <source>No history is being kept.</source>
            <translation>未记录历史。</translation>
        </message>
        <message>
            <source>No sessions yet: finish or stop a workout and it shows here.</source>
            <translation>还没有训练记录：完成或停止一次训练后会显示在这里。</translation>
        </message>
        <message>
            <source>Current streak: {current} · Longest: {longest}</source>
            <translation>当前连续：{current} · 最长：{longest}</translation>
        </message>
        <message>
            <source>{routine}: {sessions}, {minutes} min</source>
            <translation>{routine}：{sessions}，{minutes} 分钟</translation>
        </message>
        <message>
            <source>No totals yet</source>
            <translation>暂无统计</translation>
        </message>
        <message>
            <source>Could not delete that session (see the log).</source>
            <translation>无法删除该训练记录（见日志）。</translation>
        </message>
        <message>
            <source>Deleted {routine} of {when}. {keys} brings it back.</source>
            <translation>已删除 {when} 的 {routine}。{keys} 可恢复。</translation>
        </message>
        <message>
            <source>Could not bring that session back (see the log).</source>
            <translation>无法恢复该训练记录（见日志）。</translation>
        </message>
        <message>
            <source>Brought back {routine} of {when}.</source>
            <translation>已恢复 {when} 的 {routine}。</translation>
        </message>
    </context>
    <context>
        <name>JumpList</name>
        <message>
            <source>Jump to an exercise</source>
            <translation>跳到某个动作</translation>
        </message>
        <message>
            <source>Type to filter</source>
            <translation>输入以筛选</translation>
        </message>
        <message>
            <source>↑ ↓ choose · {enter} jumps there · {escape} or {keys} closes</source>
            <translation>↑ ↓ 选择 · {enter} 跳转 · {escape} 或 {keys} 关闭</translation>
        </message>
        <message>
            <source>{exercise}   ← now</source>
            <translation>{exercise}   ← 当前</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Paused: the computer slept. Press {key} to carry on.</source>
            <translation>已暂停：电脑进入了睡眠。按 {key} 继续。</translation>
        </message>
        <message>
            <source>Paused: the screen locked. Press {key} to carry on.</source>
            <translation>已暂停：屏幕已锁定。按 {key} 继续。</translation>
        </message>
        <message>
            <source>History · {app}</source>
            <translation>历史 · {app}</translation>
        </message>
        <message>
            <source>Could not start {routine}: {error}</source>
            <translation>无法开始 {routine}：{error}</translation>
        </message>
        <message>
            <source>A workout is under way: stop it ({key}) before starting {routine}.</source>
            <translation>正在训练中：先停止（{key}）再开始 {routine}。</translation>
        </message>
        <message>
            <source>Reminders are not available in this window.</source>
            <translation>此窗口中无法使用提醒。</translation>
        </message>
        <message>
            <source>A reminder came during a workout: finish this one first.</source>
            <translation>训练中收到了提醒：请先完成当前训练。</translation>
        </message>
        <message>
            <source>The routine {routine} of a reminder is no longer in the list.</source>
            <translation>提醒所指的方案 {routine} 已不在列表中。</translation>
        </message>
        <message>
            <source>A workout is under way: stop it ({key}) before opening {file}.</source>
            <translation>正在训练中：先停止（{key}）再打开 {file}。</translation>
        </message>
        <message>
            <source>{file} cannot be run</source>
            <translation>{file} 无法运行</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix first:</source>
            <translation>
                <numerusform>需先修正 %n 个问题：</numerusform>
            </translation>
        </message>
        <message>
            <source>MUTED</source>
            <translation>已静音</translation>
        </message>
        <message>
            <source>NO SOUND</source>
            <translation>无声音</translation>
        </message>
    </context>
    <context>
        <name>ParameterSection</name>
        <message>
            <source>Seconds (s)</source>
            <translation>秒（s）</translation>
        </message>
        <message>
            <source>Minutes (min)</source>
            <translation>分钟（min）</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>次数</translation>
        </message>
        <message>
            <source>Parameter ${name}</source>
            <translation>参数 ${name}</translation>
        </message>
        <message>
            <source>Name ($):</source>
            <translation>名称（$）：</translation>
        </message>
        <message>
            <source>Label:</source>
            <translation>标签：</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>单位：</translation>
        </message>
        <message>
            <source>Default:</source>
            <translation>默认值：</translation>
        </message>
        <message>
            <source>Minimum:</source>
            <translation>最小值：</translation>
        </message>
        <message>
            <source>Maximum:</source>
            <translation>最大值：</translation>
        </message>
        <message>
            <source>Step:</source>
            <translation>步长：</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>描述：</translation>
        </message>
        <message>
            <source>Remove ${name}</source>
            <translation>移除 ${name}</translation>
        </message>
        <message>
            <source>{name} is not a free name of letters, digits and _</source>
            <translation>{name} 不是由字母、数字和 _ 组成的可用名称</translation>
        </message>
        <message>
            <source>Add an adjustable va&amp;lue</source>
            <translation>添加可调数值(&amp;L)</translation>
        </message>
        <message>
            <source>A value the user picks before starting, used as $name</source>
            <translation>开始前选择的数值，以 $name 引用</translation>
        </message>
        <message>
            <source>Value {number}</source>
            <translation>数值 {number}</translation>
        </message>
    </context>
    <context>
        <name>PickerPage</name>
        <message>
            <source>Search routines  ({key}, or just type)</source>
            <translation>搜索方案（{key}，或直接输入）</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>全部标签</translation>
        </message>
        <message>
            <source>No routine matches the search.</source>
            <translation>没有符合搜索的方案。</translation>
        </message>
        <message>
            <source>Start  ({key})</source>
            <translation>开始（{key}）</translation>
        </message>
        <message>
            <source>Open routines folder  ({key})</source>
            <translation>打开方案文件夹（{key}）</translation>
        </message>
        <message>
            <source>Your own routines live in {folder}</source>
            <translation>你自己的方案保存在 {folder}</translation>
        </message>
        <message>
            <source>No folder for your own routines is in use</source>
            <translation>未使用自有方案文件夹</translation>
        </message>
        <message>
            <source>History  ({key})</source>
            <translation>历史（{key}）</translation>
        </message>
        <message>
            <source>built-in</source>
            <translation>内置</translation>
        </message>
        <message>
            <source>your file {file}</source>
            <translation>你的文件 {file}</translation>
        </message>
        <message>
            <source>Your file {file} · {description}</source>
            <translation>你的文件 {file} · {description}</translation>
        </message>
        <message>
            <source>Built-in routine</source>
            <translation>内置方案</translation>
        </message>
        <message>
            <source>Your routine file: {path}</source>
            <translation>你的方案文件：{path}</translation>
        </message>
        <message>
            <source>Cannot load {file}</source>
            <translation>无法加载 {file}</translation>
        </message>
        <message>
            <source>broken</source>
            <translation>有错误</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s): {first}</source>
            <translation>
                <numerusform>%n 个问题：{first}</numerusform>
            </translation>
        </message>
        <message>
            <source>too long</source>
            <translation>过长</translation>
        </message>
        <message>
            <source>Loading your routines: {done} of {total}</source>
            <translation>正在加载你的方案：{done} / {total}</translation>
        </message>
        <message>
            <source>No routine tagged {tag} matches “{query}”.</source>
            <translation>没有标签为 {tag} 且符合“{query}”的方案。</translation>
        </message>
        <message>
            <source>No routine matches “{query}”.</source>
            <translation>没有符合“{query}”的方案。</translation>
        </message>
        <message>
            <source>No routine is tagged {tag}.</source>
            <translation>没有标签为 {tag} 的方案。</translation>
        </message>
        <message>
            <source>There are no routines.</source>
            <translation>没有方案。</translation>
        </message>
        <message>
            <source>Your own routines are still being listed.</source>
            <translation>仍在列出你的方案。</translation>
        </message>
        <message>
            <source>{key} clears the search.</source>
            <translation>{key} 清除搜索。</translation>
        </message>
        <message>
            <source>“All tags” in the tag filter shows every tag.</source>
            <translation>在标签筛选中选择“全部标签”可显示所有标签。</translation>
        </message>
        <message>
            <source>Nothing to start</source>
            <translation>没有可开始的内容</translation>
        </message>
        <message>
            <source>{key} shows every shortcut</source>
            <translation>{key} 显示所有快捷键</translation>
        </message>
        <message>
            <source>{enter} or {space} starts</source>
            <translation>{enter} 或 {space} 开始</translation>
        </message>
        <message>
            <source>{key} clears the search</source>
            <translation>{key} 清除搜索</translation>
        </message>
        <message>
            <source>This file cannot be loaded: nothing to start until it is fixed</source>
            <translation>此文件无法加载：修正前无法开始</translation>
        </message>
        <message>
            <source>No folder for your own routines is in use.</source>
            <translation>未使用自有方案文件夹。</translation>
        </message>
        <message>
            <source>Could not make your routines folder {folder}: {error}.</source>
            <translation>无法创建方案文件夹 {folder}：{error}。</translation>
        </message>
        <message>
            <source>Could not open a file manager. Your routines folder is {folder}</source>
            <translation>无法打开文件管理器。你的方案文件夹是 {folder}</translation>
        </message>
        <message>
            <source>Your routines folder: {folder}. Put routine files (.yaml) there; the list follows added, changed and removed files by itself.</source>
            <translation>你的方案文件夹：{folder}。把方案文件（.yaml）放在这里；列表会自动反映文件的添加、修改和删除。</translation>
        </message>
    </context>
    <context>
        <name>PreviewPanel</name>
        <message>
            <source>Total: –</source>
            <translation>总计：–</translation>
        </message>
        <message>
            <source>&amp;Problems:</source>
            <translation>问题(&amp;P)：</translation>
        </message>
        <message>
            <source>Total: – (fix the problems below)</source>
            <translation>总计：–（请修正下面的问题）</translation>
        </message>
        <message>
            <source>Total: {total}</source>
            <translation>总计：{total}</translation>
        </message>
        <message>
            <source>+ {sets} at your own pace</source>
            <translation>+ {sets}按自己的节奏</translation>
        </message>
        <message>
            <source>(default values)</source>
            <translation>（默认值）</translation>
        </message>
        <message>
            <source>… and {number} more</source>
            <translation>…… 还有 {number} 个</translation>
        </message>
        <message>
            <source>&amp;Problems: none</source>
            <translation>问题(&amp;P)：无</translation>
        </message>
        <message>
            <source>&amp;Problems ({number}), saving is refused until they are fixed:</source>
            <translation>问题(&amp;P)（{number}），修正前无法保存：</translation>
        </message>
    </context>
    <context>
        <name>Questions</name>
        <message>
            <source>Keep going</source>
            <translation>继续训练</translation>
        </message>
        <message>
            <source>Stop the workout?</source>
            <translation>停止训练？</translation>
        </message>
        <message>
            <source>The workout is paused. Stop it and see the summary?

S stops · Enter or Esc keeps going</source>
            <translation>训练已暂停。停止并查看总结？

S 停止 · 回车或 Esc 继续训练</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>停止(&amp;S)</translation>
        </message>
        <message>
            <source>Quit Leg Timer?</source>
            <translation>退出 Leg Timer？</translation>
        </message>
        <message>
            <source>The workout is paused. Quit and lose the rest of it?

Q quits · Enter or Esc keeps going</source>
            <translation>训练已暂停。退出并放弃剩余部分？

Q 退出 · 回车或 Esc 继续训练</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Restart the workout?</source>
            <translation>重新开始训练？</translation>
        </message>
        <message>
            <source>The workout is paused. Start the routine again from the beginning?

R restarts · Enter or Esc keeps going</source>
            <translation>训练已暂停。从头重新开始方案？

R 重新开始 · 回车或 Esc 继续训练</translation>
        </message>
        <message>
            <source>&amp;Restart</source>
            <translation>重新开始(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>ReminderDialog</name>
        <message>
            <source>Reminders: {routine}</source>
            <translation>提醒：{routine}</translation>
        </message>
        <message>
            <source>&amp;Remind me to do {routine}</source>
            <translation>提醒我做 {routine}(&amp;R)</translation>
        </message>
        <message>
            <source>At these &amp;times of day:</source>
            <translation>在这些时间(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Spread over the day:</source>
            <translation>分散在一天中(&amp;S)：</translation>
        </message>
        <message>
            <source> times a day</source>
            <translation> 次/天</translation>
        </message>
        <message>
            <source>&amp;between</source>
            <translation>时间从(&amp;B)</translation>
        </message>
        <message>
            <source>a&amp;nd</source>
            <translation>到(&amp;N)</translation>
        </message>
        <message>
            <source>On:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>Use the routine's &amp;advice</source>
            <translation>采用方案的建议(&amp;A)</translation>
        </message>
        <message>
            <source>Start Leg Timer at &amp;login, quietly (reminders come only while it runs)</source>
            <translation>登录时静默启动 Leg Timer(&amp;L)（仅在运行时才会提醒）</translation>
        </message>
        <message>
            <source>Remo&amp;ve reminder</source>
            <translation>移除提醒(&amp;V)</translation>
        </message>
        <message>
            <source>{low}-{high} sessions a day</source>
            <translation>每天 {low}-{high} 次</translation>
        </message>
        <message>
            <source>{count} a day</source>
            <translation>每天 {count} 次</translation>
        </message>
        <message>
            <source>{low}-{high} sessions a week</source>
            <translation>每周 {low}-{high} 次</translation>
        </message>
        <message>
            <source>{count} a week</source>
            <translation>每周 {count} 次</translation>
        </message>
        <message numerus="yes">
            <source>%n rest day(s) after a hard session</source>
            <translation>
                <numerusform>高强度训练后休息 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>This routine gives no practice advice.</source>
            <translation>此方案没有练习建议。</translation>
        </message>
        <message>
            <source>The routine's advice: {advice}.</source>
            <translation>方案建议：{advice}。</translation>
        </message>
        <message>
            <source>Cannot save yet: {error}.</source>
            <translation>暂不能保存：{error}。</translation>
        </message>
        <message>
            <source>Off (kept: {rule}).</source>
            <translation>已关闭（保留：{rule}）。</translation>
        </message>
        <message>
            <source>Reminds you {rule}.</source>
            <translation>提醒时间：{rule}。</translation>
        </message>
        <message>
            <source>Next: {when}.</source>
            <translation>下次：{when}。</translation>
        </message>
        <message>
            <source>Starting at login could not be changed: {problem}.</source>
            <translation>无法更改登录时启动：{problem}。</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>Start now</source>
            <translation>立即开始</translation>
        </message>
        <message>
            <source>Later ({minutes} min)</source>
            <translation>稍后（{minutes} 分钟）</translation>
        </message>
        <message>
            <source>Your reminder: {rule}.</source>
            <translation>你的提醒：{rule}。</translation>
        </message>
        <message>
            <source>Due at {time}, while Leg Timer could not remind you. {rule}</source>
            <translation>原定 {time}，当时 Leg Timer 无法提醒你。{rule}</translation>
        </message>
        <message>
            <source>Time for {routine}</source>
            <translation>该做 {routine} 了</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Reminders could not be saved: {problem}.</source>
            <translation>无法保存提醒：{problem}。</translation>
        </message>
    </context>
    <context>
        <name>RoutineActions</name>
        <message>
            <source>Routine files (*.yaml *.yml);;All files (*)</source>
            <translation>方案文件 (*.yaml *.yml);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Routine files (*.yaml *.yml *.json);;JSON (*.json);;YAML (*.yaml *.yml);;All files (*)</source>
            <translation>方案文件 (*.yaml *.yml *.json);;JSON (*.json);;YAML (*.yaml *.yml);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Select a routine to edit first.</source>
            <translation>请先选择要编辑的方案。</translation>
        </message>
        <message>
            <source>Select a routine to duplicate first.</source>
            <translation>请先选择要复制的方案。</translation>
        </message>
        <message>
            <source>Select a routine to delete first.</source>
            <translation>请先选择要删除的方案。</translation>
        </message>
        <message>
            <source>Select a routine to save first.</source>
            <translation>请先选择要保存的方案。</translation>
        </message>
        <message>
            <source>Select a routine first.</source>
            <translation>请先选择方案。</translation>
        </message>
        <message>
            <source>This file cannot be loaded, so there is nothing to do with it: fix it in a text editor (its folder: {key}).</source>
            <translation>此文件无法加载，无法对其操作：请用文本编辑器修正（其文件夹：{key}）。</translation>
        </message>
        <message>
            <source>No folder for your own routines is in use.</source>
            <translation>未使用自有方案文件夹。</translation>
        </message>
        <message>
            <source>Built-in routines stay as shipped</source>
            <translation>内置方案保持原样</translation>
        </message>
        <message>
            <source>“{name}” is a built-in routine: it cannot be changed, so it always works as it came. Make a copy of your own ({key}) and edit that?

D duplicates · Enter or Esc cancels</source>
            <translation>“{name}”是内置方案：不能修改，以保证始终按原样使用。复制一份自己的（{key}）再编辑？

D 复制 · 回车或 Esc 取消</translation>
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation>复制(&amp;D)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>The file of “{name}” is no longer there.</source>
            <translation>“{name}”的文件已不存在。</translation>
        </message>
        <message>
            <source>Saved {path}, outside your routines folder.</source>
            <translation>已保存 {path}，位于方案文件夹之外。</translation>
        </message>
        <message>
            <source>“{name}” is a built-in routine: it cannot be deleted.</source>
            <translation>“{name}”是内置方案，无法删除。</translation>
        </message>
        <message>
            <source>Could not delete “{name}”: {error}.</source>
            <translation>无法删除“{name}”：{error}。</translation>
        </message>
        <message>
            <source>Deleted “{name}”.</source>
            <translation>已删除“{name}”。</translation>
        </message>
        <message>
            <source>Could not bring back “{name}”: {error}.</source>
            <translation>无法恢复“{name}”：{error}。</translation>
        </message>
        <message>
            <source>Brought back “{name}” as {file} ({taken} is taken).</source>
            <translation>已恢复“{name}”为 {file}（{taken} 已被占用）。</translation>
        </message>
        <message>
            <source>Brought back “{name}”.</source>
            <translation>已恢复“{name}”。</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>未导入任何内容</translation>
        </message>
        <message>
            <source>Could not write into {folder}: {error}</source>
            <translation>无法写入 {folder}：{error}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>“{name}”</source>
            <translation>“{name}”</translation>
        </message>
        <message>
            <source>Imported {names}.</source>
            <translation>已导入 {names}。</translation>
        </message>
        <message>
            <source>“{name}” ({format}, now {file}): {parts}</source>
            <translation>“{name}”（{format}，现为 {file}）：{parts}</translation>
        </message>
        <message>
            <source>Imported, with some parts left out</source>
            <translation>已导入，部分内容未包含</translation>
        </message>
        <message>
            <source>These parts of the files have no place in a Leg Timer routine and were not carried over:</source>
            <translation>文件中的以下部分在 Leg Timer 方案中没有对应项，未被导入：</translation>
        </message>
        <message>
            <source>Could not read “{name}”: {error}.</source>
            <translation>无法读取“{name}”：{error}。</translation>
        </message>
        <message>
            <source>The copy was not saved</source>
            <translation>副本未保存</translation>
        </message>
        <message>
            <source>Could not write {file}: {error}</source>
            <translation>无法写入 {file}：{error}</translation>
        </message>
        <message>
            <source>Saved a copy of “{name}” as {file}.</source>
            <translation>已将“{name}”的副本保存为 {file}。</translation>
        </message>
        <message>
            <source>Open a routine file</source>
            <translation>打开方案文件</translation>
        </message>
        <message>
            <source>Import routines</source>
            <translation>导入方案</translation>
        </message>
        <message>
            <source>Save a copy of the routine</source>
            <translation>保存方案副本</translation>
        </message>
    </context>
    <context>
        <name>RoutineDetails</name>
        <message>
            <source>Reset to the routine's defaults</source>
            <translation>恢复方案默认值</translation>
        </message>
        <message>
            <source>Put every value above back to the routine's own</source>
            <translation>将上面所有数值恢复为方案自身的值</translation>
        </message>
        <message>
            <source>{label}:</source>
            <translation>{label}：</translation>
        </message>
        <message>
            <source>Cannot load {file}</source>
            <translation>无法加载 {file}</translation>
        </message>
        <message>
            <source>{problems}: nothing to start until the file is fixed</source>
            <translation>{problems}：修正文件前无法开始</translation>
        </message>
        <message>
            <source>{label}: {text} is outside {range}; kept {kept}.</source>
            <translation>{label}：{text} 超出 {range}；保留 {kept}。</translation>
        </message>
        <message>
            <source>Total {total} · {steps}</source>
            <translation>总计 {total} · {steps}</translation>
        </message>
    </context>
    <context>
        <name>RoutineForm</name>
        <message>
            <source>the app</source>
            <translation>应用</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>方案</translation>
        </message>
        <message>
            <source>Timing</source>
            <translation>计时</translation>
        </message>
        <message>
            <source>Cool-down</source>
            <translation>放松</translation>
        </message>
        <message>
            <source>Notes and practice</source>
            <translation>备注与练习</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>Shown in the picker</source>
            <translation>在列表中显示</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>描述(&amp;D)：</translation>
        </message>
        <message>
            <source>One or two sentences for the picker</source>
            <translation>列表中显示的一两句话</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translation>标签：</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>来源：</translation>
        </message>
        <message>
            <source>Where the routine comes from</source>
            <translation>方案的出处</translation>
        </message>
        <message>
            <source>&amp;Get ready:</source>
            <translation>准备(&amp;G)：</translation>
        </message>
        <message>
            <source>The countdown before the first exercise; 0 for none</source>
            <translation>第一个动作前的倒计时；0 表示无</translation>
        </message>
        <message>
            <source>Switch sides:</source>
            <translation>换边：</translation>
        </message>
        <message>
            <source>Default pause to switch sides</source>
            <translation>默认换边停顿</translation>
        </message>
        <message>
            <source>R&amp;ounds:</source>
            <translation>轮数(&amp;O)：</translation>
        </message>
        <message>
            <source>How many times to go through the exercises</source>
            <translation>动作要循环几轮</translation>
        </message>
        <message>
            <source>Rest between rounds:</source>
            <translation>轮间休息：</translation>
        </message>
        <message>
            <source>Replaces the last exercise's rest between rounds</source>
            <translation>在轮与轮之间代替最后一个动作的休息</translation>
        </message>
        <message>
            <source>Skip the last rest:</source>
            <translation>跳过最后的休息：</translation>
        </message>
        <message>
            <source>Yes (default)</source>
            <translation>是（默认）</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Leave out the rest after the very last exercise</source>
            <translation>省略最后一个动作之后的休息</translation>
        </message>
        <message>
            <source>Label:</source>
            <translation>标签：</translation>
        </message>
        <message>
            <source>Duration:</source>
            <translation>时长：</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>e.g. 2min; empty for no cool-down</source>
            <translation>例如 2min；留空表示不放松</translation>
        </message>
        <message>
            <source>Instructions:</source>
            <translation>说明：</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>One note per paragraph</source>
            <translation>每段一条备注</translation>
        </message>
        <message>
            <source>Tips that are not timed; a blank line between notes</source>
            <translation>不计时的提示；备注之间空一行</translation>
        </message>
        <message>
            <source>Sessions a day:</source>
            <translation>每天次数：</translation>
        </message>
        <message>
            <source>e.g. 3-5</source>
            <translation>例如 3-5</translation>
        </message>
        <message>
            <source>A number or a range such as 3-5</source>
            <translation>一个数字或范围，如 3-5</translation>
        </message>
        <message>
            <source>Sessions a week:</source>
            <translation>每周次数：</translation>
        </message>
        <message>
            <source>e.g. 1-2</source>
            <translation>例如 1-2</translation>
        </message>
        <message>
            <source>A number or a range such as 1-2</source>
            <translation>一个数字或范围，如 1-2</translation>
        </message>
        <message>
            <source>Rest days after:</source>
            <translation>之后休息天数：</translation>
        </message>
        <message>
            <source>Practice note:</source>
            <translation>练习备注：</translation>
        </message>
        <message>
            <source>Cues (every exercise)</source>
            <translation>提示（所有动作）</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>Stay paused</source>
            <translation>保持暂停</translation>
        </message>
        <message>
            <source>Resume when I come back</source>
            <translation>回来后继续</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Mute sounds and voice ({key})</source>
            <translation>静音提示音和语音（{key}）</translation>
        </message>
        <message>
            <source>Speak announcements</source>
            <translation>语音播报</translation>
        </message>
        <message>
            <source>Count reps aloud in paced sets</source>
            <translation>有节奏的组中大声数次数</translation>
        </message>
        <message>
            <source>Test sound</source>
            <translation>测试声音</translation>
        </message>
        <message>
            <source>Play a cue now, at this volume</source>
            <translation>以此音量立即播放提示音</translation>
        </message>
        <message>
            <source>Test voice</source>
            <translation>测试语音</translation>
        </message>
        <message>
            <source>Speak a line now, with this voice and rate</source>
            <translation>以此语音和语速立即朗读一句</translation>
        </message>
        <message>
            <source>Tick the last seconds of each segment</source>
            <translation>每段最后几秒滴答提示</translation>
        </message>
        <message>
            <source> s</source>
            <comment>seconds</comment>
            <translation> 秒</translation>
        </message>
        <message>
            <source>Use my own get-ready time for every routine</source>
            <translation>所有方案使用我自己的准备时间</translation>
        </message>
        <message>
            <source>Pause when the screen locks</source>
            <translation>锁屏时暂停</translation>
        </message>
        <message>
            <source>Notify at each new exercise while this window is in the background</source>
            <translation>窗口在后台时，每个新动作发出通知</translation>
        </message>
        <message>
            <source>Screen reader: announce the last 3 seconds of each step</source>
            <translation>屏幕阅读器：播报每一步的最后 3 秒</translation>
        </message>
        <message>
            <source>Screen reader: also show announcements as notifications (Orca 45 and older)</source>
            <translation>屏幕阅读器：同时以通知显示播报（Orca 45 及更早版本）</translation>
        </message>
        <message>
            <source>Log file: {path}</source>
            <translation>日志文件：{path}</translation>
        </message>
        <message>
            <source>Sound</source>
            <translation>声音</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>音量</translation>
        </message>
        <message>
            <source>Countdown</source>
            <translation>倒计时</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>语音</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>语速</translation>
        </message>
        <message>
            <source>Workout and window</source>
            <translation>训练与窗口</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>准备</translation>
        </message>
        <message>
            <source>After sleep</source>
            <translation>睡眠之后</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Mini timer</source>
            <translation>小计时器</translation>
        </message>
        <message>
            <source>Changes apply at once.</source>
            <translation>更改立即生效。</translation>
        </message>
        <message>
            <source>System ({language})</source>
            <translation>系统（{language}）</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>系统默认</translation>
        </message>
        <message>
            <source>{voice} (not available now)</source>
            <translation>{voice}（当前不可用）</translation>
        </message>
        <message>
            <source>Playing the start cue.</source>
            <translation>正在播放开始提示音。</translation>
        </message>
        <message>
            <source>Speaking a test line.</source>
            <translation>正在朗读测试语句。</translation>
        </message>
    </context>
    <context>
        <name>ShortcutOverlay</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>{escape}, {keys} closes this list</source>
            <translation>{escape}、{keys} 关闭此列表</translation>
        </message>
    </context>
    <context>
        <name>StepSpinBox</name>
        <message>
            <source>allowed {range}</source>
            <translation>允许 {range}</translation>
        </message>
        <message>
            <source>Allowed: {range}</source>
            <translation>允许：{range}</translation>
        </message>
    </context>
    <context>
        <name>SummaryView</name>
        <message>
            <source>Workout complete</source>
            <translation>训练完成</translation>
        </message>
        <message>
            <source>Time spent exercising and resting, without pauses and without the get-ready countdown</source>
            <translation>运动和休息的时间，不含暂停和准备倒计时</translation>
        </message>
        <message>
            <source>Active time</source>
            <translation>活动时间</translation>
        </message>
        <message>
            <source>Steps done</source>
            <translation>已完成步骤</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>已跳过</translation>
        </message>
        <message>
            <source>Back to routines  ({key})</source>
            <translation>返回方案（{key}）</translation>
        </message>
        <message>
            <source>Repeat  ({key})</source>
            <translation>再来一次（{key}）</translation>
        </message>
    </context>
    <context>
        <name>Tags</name>
        <message>
            <source>Strength</source>
            <translation>力量</translation>
        </message>
        <message>
            <source>Mobility</source>
            <translation>灵活性</translation>
        </message>
        <message>
            <source>Stretch</source>
            <translation>拉伸</translation>
        </message>
        <message>
            <source>Relaxation</source>
            <translation>放松</translation>
        </message>
        <message>
            <source>Posture</source>
            <translation>体态</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>No plan yet</source>
            <translation>暂无计划</translation>
        </message>
        <message>
            <source>until you press Enter</source>
            <translation>直到按下回车</translation>
        </message>
        <message>
            <source>{start} {label} ({kind}, {length})</source>
            <translation>{start} {label}（{kind}，{length}）</translation>
        </message>
    </context>
    <context>
        <name>TrayEntries</name>
        <message>
            <source>Mini timer</source>
            <translation>小计时器</translation>
        </message>
        <message>
            <source>A small timer that stays above other windows (T)</source>
            <translation>置于其他窗口之上的小计时器（T）</translation>
        </message>
        <message>
            <source>Start at login</source>
            <translation>登录时启动</translation>
        </message>
        <message>
            <source>Start quietly in the tray at login, so reminders come</source>
            <translation>登录时静默启动到托盘，以便接收提醒</translation>
        </message>
        <message>
            <source>Starting at login could not be changed: {problem}.</source>
            <translation>无法更改登录时启动：{problem}。</translation>
        </message>
    </context>
    <context>
        <name>UndoBar</name>
        <message>
            <source>Undo  ({keys})</source>
            <translation>撤销（{keys}）</translation>
        </message>
    </context>
    <context>
        <name>WeekBars</name>
        <message>
            <source>week of {day}: {minutes}</source>
            <translation>{day} 那周：{minutes}</translation>
        </message>
        <message>
            <source>Last {weeks} weeks: most in one week {minutes}; {recent}.</source>
            <translation>最近 {weeks} 周：单周最多 {minutes}；{recent}。</translation>
        </message>
        <message>
            <source>Minutes per week (most {minutes})</source>
            <translation>每周分钟数（最多 {minutes}）</translation>
        </message>
    </context>
    <context>
        <name>WorkoutNotices</name>
        <message>
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
    </context>
    <context>
        <name>WorkoutTray</name>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>下一个</translation>
        </message>
        <message>
            <source>Show {app}</source>
            <translation>显示 {app}</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
    </context>
</TS>
