<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>Advice</name>
        <message>
            <source>Monday</source>
            <translation>星期一</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>星期二</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>星期三</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>星期四</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>星期五</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>星期六</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>星期日</translation>
        </message>
        <message>
            <source>January</source>
            <translation>1月</translation>
        </message>
        <message>
            <source>February</source>
            <translation>2月</translation>
        </message>
        <message>
            <source>March</source>
            <translation>3月</translation>
        </message>
        <message>
            <source>April</source>
            <translation>4月</translation>
        </message>
        <message>
            <source>May</source>
            <translation>5月</translation>
        </message>
        <message>
            <source>June</source>
            <translation>6月</translation>
        </message>
        <message>
            <source>July</source>
            <translation>7月</translation>
        </message>
        <message>
            <source>August</source>
            <translation>8月</translation>
        </message>
        <message>
            <source>September</source>
            <translation>9月</translation>
        </message>
        <message>
            <source>October</source>
            <translation>10月</translation>
        </message>
        <message>
            <source>November</source>
            <translation>11月</translation>
        </message>
        <message>
            <source>December</source>
            <translation>12月</translation>
        </message>
        <message numerus="yes">
            <source>%n rest day(s)</source>
            <translation>
                <numerusform>%n个休息日</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n次</numerusform>
            </translation>
        </message>
        <message>
            <source>{span} sessions</source>
            <translation>{span}次</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <comment>a date: 16 January 2026</comment>
            <translation>{year}年{month}{day}日</translation>
        </message>
        <message>
            <source>today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>明天</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>昨天</translation>
        </message>
        <message>
            <source>on {weekday}</source>
            <translation>{weekday}</translation>
        </message>
        <message>
            <source>on {date}</source>
            <translation>{date}</translation>
        </message>
        <message>
            <source>rest until {day}: {rest_days} after a hard leg session</source>
            <translation>休息至{day}：高强度腿部训练后休息{rest_days}</translation>
        </message>
        <message>
            <source>rest until {day} ({rest_days} after a hard leg session)</source>
            <translation>休息至{day}（高强度腿部训练后休息{rest_days}）</translation>
        </message>
        <message>
            <source>not done yet</source>
            <translation>尚未练习</translation>
        </message>
        <message>
            <source>last done {when}</source>
            <translation>上次练习：{when}</translation>
        </message>
        <message>
            <source>This routine gives no practice advice; {last_done}.</source>
            <translation>此方案没有练习建议；{last_done}。</translation>
        </message>
        <message>
            <source>{sessions} a day, {done} done today</source>
            <translation>每天{sessions}，今天已完成{done}次</translation>
        </message>
        <message>
            <source>{sessions} a week, {done} done this week</source>
            <translation>每周{sessions}，本周已完成{done}次</translation>
        </message>
        <message>
            <source>{rest_days} after a hard leg session, {last_done}</source>
            <translation>高强度腿部训练后休息{rest_days}，{last_done}</translation>
        </message>
        <message>
            <source>The routine's advice: {parts}.</source>
            <translation>方案建议：{parts}。</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between parts of the advice</comment>
            <translation>；</translation>
        </message>
        <message>
            <source>{done} of {span} today</source>
            <translation>今天{done}/{span}</translation>
        </message>
        <message>
            <source>{done} of {span} this week</source>
            <translation>本周{done}/{span}</translation>
        </message>
        <message>
            <source>{parts} (the routine's advice)</source>
            <translation>{parts}（方案建议）</translation>
        </message>
        <message>
            <source>Not counted: only finished sessions count toward streaks and advice</source>
            <translation>不计入：只有完成的训练才计入连续天数和建议</translation>
        </message>
        <message>
            <source>Day {streak} in a row</source>
            <translation>连续第{streak}天</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>usage: </source>
            <translation>用法：</translation>
        </message>
        <message>
            <source>options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>位置参数</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>显示此帮助并退出</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>显示版本号并退出</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s：错误：%(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>参数 %(argument_name)s：%(message)s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>需要一个参数</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>至少需要一个参数</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>无效的 %(type)s 值：%(value)r</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>缺少以下参数：%s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>无法识别的参数：%s</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>选项不明确：%(option)s 可能匹配 %(matches)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>不能与参数 %s 一起使用</translation>
        </message>
    </context>
    <context>
        <name>Audio</name>
        <message>
            <source>No sound server (PulseAudio or PipeWire) is running: cues flash instead.</source>
            <translation>没有运行声音服务器（PulseAudio 或 PipeWire）：提示改为闪烁显示。</translation>
        </message>
        <message>
            <source>Three, two, one. Go! This is how the announcements sound.</source>
            <translation>三、二、一，开始！提示音就是这样的。</translation>
        </message>
        <message>
            <source>The new speech engine is used after a restart.</source>
            <translation>新的语音引擎将在重启后使用。</translation>
        </message>
        <message>
            <source>Sounds are muted: unmute to hear them.</source>
            <translation>声音已静音：取消静音即可听到。</translation>
        </message>
        <message>
            <source>Sound is not ready yet.</source>
            <translation>声音尚未就绪。</translation>
        </message>
        <message>
            <source>Sound is not available.</source>
            <translation>声音不可用。</translation>
        </message>
        <message>
            <source>The sound could not be played.</source>
            <translation>无法播放声音。</translation>
        </message>
        <message>
            <source>Sounds are muted: unmute to hear the voice.</source>
            <translation>声音已静音：取消静音即可听到语音。</translation>
        </message>
        <message>
            <source>Turn on “Speak announcements” to hear the voice.</source>
            <translation>开启“语音播报”即可听到语音。</translation>
        </message>
        <message>
            <source>The voice is not ready yet.</source>
            <translation>语音尚未就绪。</translation>
        </message>
        <message>
            <source>Sound is back.</source>
            <translation>声音已恢复。</translation>
        </message>
        <message>
            <source>Sounds are loading.</source>
            <translation>正在加载声音。</translation>
        </message>
        <message>
            <source>The sound server is not answering: cues are shown as a flash.</source>
            <translation>声音服务器没有响应：提示以闪烁显示。</translation>
        </message>
        <message>
            <source>No audio output device: cues are shown as a flash instead.</source>
            <translation>没有音频输出设备：提示改为闪烁显示。</translation>
        </message>
        <message>
            <source>Sounds are not loaded yet.</source>
            <translation>声音尚未加载。</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source> (and {more}: leg-timer validate {file})</source>
            <translation>（{more}：leg-timer validate {file}）</translation>
        </message>
        <message>
            <source>skipped broken routine: {problem}</source>
            <translation>已跳过有问题的方案：{problem}</translation>
        </message>
        <message>
            <source>(your file: {path})</source>
            <translation>（你的文件：{path}）</translation>
        </message>
        <message>
            <source>{name} ({id}): {steps}, total {time}</source>
            <translation>{name}（{id}）：{steps}，共{time}</translation>
        </message>
        <message>
            <source>start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>length</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>round</source>
            <translation>轮</translation>
        </message>
        <message>
            <source>set</source>
            <translation>组</translation>
        </message>
        <message>
            <source>what</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>manual</source>
            <translation>手动</translation>
        </message>
        <message>
            <source> at {seconds} s each</source>
            <translation>，每次{seconds}秒</translation>
        </message>
        <message>
            <source>, at your pace</source>
            <translation>，按自己的节奏</translation>
        </message>
        <message>
            <source>all valid</source>
            <translation>全部有效</translation>
        </message>
        <message>
            <source>{failed} with {problems}</source>
            <translation>{failed}个有{problems}</translation>
        </message>
        <message>
            <source>checked {files}: {verdict}</source>
            <translation>已检查{files}：{verdict}</translation>
        </message>
        <message>
            <source>no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); list, plan and validate work without one</source>
            <translation>没有可打开窗口的显示器（DISPLAY 和 WAYLAND_DISPLAY 都未设置）；list、plan 和 validate 无需显示器即可使用</translation>
        </message>
        <message>
            <source>cannot read {file}: {error}</source>
            <translation>无法读取 {file}：{error}</translation>
        </message>
        <message>
            <source>{problem} (nothing was imported)</source>
            <translation>{problem}（未导入任何内容）</translation>
        </message>
        <message>
            <source>cannot write {file}: {error} (nothing was imported)</source>
            <translation>无法写入 {file}：{error}（未导入任何内容）</translation>
        </message>
        <message>
            <source>Imported {sessions} from {file} ({present} already there).</source>
            <translation>已从 {file} 导入{sessions}（{present}条已存在）。</translation>
        </message>
        <message>
            <source>Imported {sessions} from {file}.</source>
            <translation>已从 {file} 导入{sessions}。</translation>
        </message>
        <message>
            <source>No workouts recorded yet.</source>
            <translation>还没有训练记录。</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>方案</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>运动时间</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>Segments</source>
            <translation>段</translation>
        </message>
        <message>
            <source>{done} done</source>
            <translation>完成{done}</translation>
        </message>
        <message>
            <source>{done}, {skipped} skipped</source>
            <translation>{done}，跳过{skipped}</translation>
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
            <source>interrupted</source>
            <translation>已中断</translation>
        </message>
        <message>
            <source>running</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Streak: {days} in a row</source>
            <translation>连续：{days}</translation>
        </message>
        <message>
            <source>Streak: none going (a day counts when a session on it completed)</source>
            <translation>连续：暂无（某天完成过一次训练才算一天）</translation>
        </message>
        <message>
            <source>nothing was imported</source>
            <translation>未导入任何内容</translation>
        </message>
        <message>
            <source>Imported {name} as {id} ({format})</source>
            <translation>已将 {name} 导入为 {id}（{format}）</translation>
        </message>
        <message>
            <source>not carried over: {what}</source>
            <translation>未保留：{what}</translation>
        </message>
        <message>
            <source>With no command, opens the window.</source>
            <translation>不带命令时打开窗口。</translation>
        </message>
        <message>
            <source>Your own routines are the .yaml files in {routines} (with --basedir DIR, DIR/data/routines/); the window's "Open routines folder" opens it. The window logs to {log} (rotated at 1 MiB); with --basedir DIR, under DIR/state/log/.</source>
            <translation>你自己的方案是 {routines} 中的 .yaml 文件（使用 --basedir DIR 时为 DIR/data/routines/）；窗口中的“打开方案文件夹”可打开它。窗口日志写入 {log}（达到 1 MiB 时轮换）；使用 --basedir DIR 时位于 DIR/state/log/。</translation>
        </message>
        <message>
            <source>keep user routines, settings and history under DIR (also $LEG_TIMER_BASEDIR)</source>
            <translation>把用户方案、设置和历史保存在 DIR 下（也可用 $LEG_TIMER_BASEDIR）</translation>
        </message>
        <message>
            <source>log everything, to the log file and to stderr</source>
            <translation>记录全部日志，写入日志文件和 stderr</translation>
        </message>
        <message>
            <source>start quietly, for reminders: only the tray icon where there is a tray, else the window minimised (what starting at login does)</source>
            <translation>静默启动，用于提醒：有系统托盘时只显示托盘图标，否则最小化窗口（登录时启动即如此）</translation>
        </message>
        <message>
            <source>list every routine with its total time</source>
            <translation>列出所有方案及其总时长</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>输出 JSON 而非表格</translation>
        </message>
        <message>
            <source>show the segments a routine will run</source>
            <translation>显示方案将要运行的各段</translation>
        </message>
        <message>
            <source>a routine id or a path to a YAML file</source>
            <translation>方案 ID 或 YAML 文件路径</translation>
        </message>
        <message>
            <source>check routine files and report every problem</source>
            <translation>检查方案文件并报告所有问题</translation>
        </message>
        <message>
            <source>routine files (a folder means every .yaml file in it)</source>
            <translation>方案文件（文件夹表示其中所有 .yaml 文件）</translation>
        </message>
        <message>
            <source>open the window on a routine and start it</source>
            <translation>打开窗口并开始某个方案</translation>
        </message>
        <message>
            <source>start in focus mode</source>
            <translation>以专注模式启动</translation>
        </message>
        <message>
            <source>exit 0 once the session is over (for scripts and tests)</source>
            <translation>训练结束后以 0 退出（用于脚本和测试）</translation>
        </message>
        <message>
            <source>run with only the tray icon, notifications and sound, no window (the tray's menu shows it); without a tray, the window as usual</source>
            <translation>只以托盘图标、通知和声音运行，不显示窗口（托盘菜单可显示窗口）；没有托盘时照常显示窗口</translation>
        </message>
        <message>
            <source>every workout recorded, oldest first</source>
            <translation>所有训练记录，最早的在前</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>输出 JSON</translation>
        </message>
        <message>
            <source>print CSV</source>
            <translation>输出 CSV</translation>
        </message>
        <message>
            <source>add the sessions of a --json or --csv export (those already here are left alone)</source>
            <translation>添加 --json 或 --csv 导出中的训练（已有的保持不变）</translation>
        </message>
        <message>
            <source>only sessions from this local day on</source>
            <translation>只显示从该日（本地时间）起的训练</translation>
        </message>
        <message>
            <source>make routines from other interval-timer apps' workout files (see docs/importing.md)</source>
            <translation>从其他间歇计时应用的训练文件生成方案（见 docs/importing.md）</translation>
        </message>
        <message>
            <source>exported workouts: JAWT, OpenHIIT, TimeR Machine, qintervals or a Leg Timer routine</source>
            <translation>导出的训练：JAWT、OpenHIIT、TimeR Machine、qintervals 或 Leg Timer 方案</translation>
        </message>
        <message>
            <source>read the files as NAME instead of recognising the format: jawt, openhiit, timer-machine, qintervals or leg-timer</source>
            <translation>按 NAME 读取文件而不自动识别格式：jawt、openhiit、timer-machine、qintervals 或 leg-timer</translation>
        </message>
        <message>
            <source>print JSON: id, name, path, format and dropped of each routine</source>
            <translation>输出 JSON：每个方案的 id、name、path、format 和 dropped</translation>
        </message>
        <message>
            <source>what each routine's practice advice says today</source>
            <translation>各方案的练习建议今天怎么说</translation>
        </message>
        <message>
            <source>the practice reminders and when each comes next (set them in the window: Ctrl+R)</source>
            <translation>练习提醒及每个提醒的下次时间（在窗口中设置：Ctrl+R）</translation>
        </message>
        <message>
            <source>the data folder's routines/</source>
            <translation>数据文件夹中的 routines/</translation>
        </message>
        <message>
            <source>the state folder</source>
            <translation>状态文件夹</translation>
        </message>
        <message>
            <source>not a YYYY-MM-DD date: {text}</source>
            <translation>不是 YYYY-MM-DD 格式的日期：{text}</translation>
        </message>
    </context>
    <context>
        <name>Cues</name>
        <message>
            <source>. </source>
            <comment>between spoken phrases</comment>
            <translation>。</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>准备</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>休息</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>换边</translation>
        </message>
        <message>
            <source>Last set</source>
            <translation>最后一组</translation>
        </message>
        <message>
            <source>Halfway</source>
            <translation>已过半</translation>
        </message>
        <message>
            <source>Workout complete</source>
            <translation>训练完成</translation>
        </message>
        <message>
            <source>Session complete</source>
            <translation>本次结束</translation>
        </message>
        <message>
            <source>Round {number} of {total}</source>
            <translation>第{number}轮，共{total}轮</translation>
        </message>
        <message numerus="yes">
            <source>%n reps</source>
            <comment>spoken at the start of a rep set</comment>
            <translation>
                <numerusform>%n次</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}, left side</source>
            <translation>{name}，左侧</translation>
        </message>
        <message>
            <source>{name}, right side</source>
            <translation>{name}，右侧</translation>
        </message>
        <message>
            <source>Next: {name}</source>
            <translation>下一个：{name}</translation>
        </message>
        <message>
            <source>, set {number} of {total}</source>
            <translation>，第{number}组，共{total}组</translation>
        </message>
    </context>
    <context>
        <name>Display</name>
        <message>
            <source>GET READY</source>
            <translation>准备</translation>
        </message>
        <message>
            <source>WORK</source>
            <translation>运动</translation>
        </message>
        <message>
            <source>REST</source>
            <translation>休息</translation>
        </message>
        <message>
            <source>HOLD</source>
            <translation>保持</translation>
        </message>
        <message>
            <source>REPS</source>
            <translation>计次</translation>
        </message>
        <message>
            <source>SWITCH SIDES</source>
            <translation>换边</translation>
        </message>
        <message>
            <source>ROUND REST</source>
            <translation>轮间休息</translation>
        </message>
        <message>
            <source>COOL-DOWN</source>
            <translation>放松</translation>
        </message>
        <message>
            <source>Left side</source>
            <translation>左侧</translation>
        </message>
        <message>
            <source>Right side</source>
            <translation>右侧</translation>
        </message>
        <message>
            <source>{name} (left)</source>
            <translation>{name}（左）</translation>
        </message>
        <message>
            <source>{name} (right)</source>
            <translation>{name}（右）</translation>
        </message>
        <message>
            <source>Next: finish</source>
            <translation>下一个：结束</translation>
        </message>
        <message>
            <source>Next: {exercise}</source>
            <translation>下一个：{exercise}</translation>
        </message>
        <message>
            <source>{next} · in {time}</source>
            <translation>{next} · {time}后</translation>
        </message>
        <message>
            <source>{next} · after {time}</source>
            <translation>{next} · {time}之后</translation>
        </message>
        <message>
            <source>Coming up: {exercise}</source>
            <translation>即将开始：{exercise}</translation>
        </message>
        <message>
            <source>Press {key} when done</source>
            <translation>完成后按{key}</translation>
        </message>
        <message>
            <source>{reps} · press {key} when done</source>
            <translation>{reps} · 完成后按{key}</translation>
        </message>
        <message>
            <source>{time} done</source>
            <translation>已完成{time}</translation>
        </message>
        <message>
            <source>{left} left of {total}</source>
            <translation>剩余{left}，共{total}</translation>
        </message>
        <message>
            <source>Paused · {title}</source>
            <translation>已暂停 · {title}</translation>
        </message>
        <message>
            <source>at your pace</source>
            <translation>按自己的节奏</translation>
        </message>
        <message>
            <source>Finished, {skipped} skipped</source>
            <translation>已结束，跳过了{skipped}</translation>
        </message>
        <message>
            <source> and </source>
            <translation>和</translation>
        </message>
        <message>
            <source>Workout complete</source>
            <translation>训练完成</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>Stopped after {done} of {steps}</source>
            <translation>在{steps}中的第{done}步后停止</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no steps skipped</comment>
            <translation>无</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done}/{total}</translation>
        </message>
        <message>
            <source>{state} · {routine} — {app}</source>
            <translation>{state} · {routine} — {app}</translation>
        </message>
    </context>
    <context>
        <name>Launch</name>
        <message>
            <source>no routine file {file}</source>
            <translation>没有方案文件 {file}</translation>
        </message>
        <message>
            <source>--set expects NAME=VALUE, not {text}</source>
            <translation>--set 需要 NAME=VALUE，而不是 {text}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>{routine} has no parameter {name} (its parameters: {known})</source>
            <translation>{routine} 没有参数 {name}（它的参数：{known}）</translation>
        </message>
        <message>
            <source>{name} must be a number, not {text}</source>
            <translation>{name} 必须是数字，而不是 {text}</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New routine…</source>
            <translation>新建方案(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open routine file…</source>
            <translation>打开方案文件(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <source>Save a &amp;copy as…</source>
            <translation>另存副本(&amp;C)…</translation>
        </message>
        <message>
            <source>Open routines &amp;folder</source>
            <translation>打开方案文件夹(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Routine</source>
            <translation>方案(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>开始(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <source>D&amp;uplicate…</source>
            <translation>复制(&amp;U)…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Undo delete</source>
            <translation>撤销删除(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Reminders…</source>
            <translation>提醒(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>查看(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>历史(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
    </context>
    <context>
        <name>MiniTimer</name>
        <message>
            <source>LEG TIMER</source>
            <translation>LEG TIMER</translation>
        </message>
        <message>
            <source>No workout under way</source>
            <translation>没有进行中的训练</translation>
        </message>
        <message>
            <source>PAUSED</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <source>Drag to move · double-click to open Leg Timer</source>
            <translation>拖动以移动 · 双击打开 Leg Timer</translation>
        </message>
        <message>
            <source>DONE</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>FINISHED</source>
            <translation>已结束</translation>
        </message>
        <message>
            <source>STOPPED</source>
            <translation>已停止</translation>
        </message>
        <message>
            <source>{key} during a workout shows a small timer; drag it anywhere, double-click it to come back here.</source>
            <translation>训练时按 {key} 显示小计时器；可拖到任意位置，双击即可回到这里。</translation>
        </message>
        <message>
            <source>{line} It stays above other windows.</source>
            <translation>{line}它会保持在其他窗口之上。</translation>
        </message>
        <message>
            <source>{line} On Wayland it is an ordinary small window: the window system does not let applications keep a window above the others.</source>
            <translation>{line}在 Wayland 下它是普通的小窗口：窗口系统不允许应用程序让窗口保持在其他窗口之上。</translation>
        </message>
    </context>
    <context>
        <name>Outside</name>
        <message>
            <source>No workout running</source>
            <translation>没有进行中的训练</translation>
        </message>
        <message>
            <source>Paused · {step}</source>
            <translation>已暂停 · {step}</translation>
        </message>
        <message>
            <source>{time} done</source>
            <translation>已完成{time}</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>剩余{time}</translation>
        </message>
        <message>
            <source>{reps} at your pace</source>
            <translation>{reps}，按自己的节奏</translation>
        </message>
        <message>
            <source>at your pace</source>
            <translation>按自己的节奏</translation>
        </message>
        <message>
            <source>Done</source>
            <comment>notification button</comment>
            <translation>完成</translation>
        </message>
        <message>
            <source>Next</source>
            <comment>notification button</comment>
            <translation>下一个</translation>
        </message>
        <message>
            <source>{routine} · {time} of exercise</source>
            <translation>{routine} · 运动{time}</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>No reminders. Set one in the window: select a routine, then Routine &gt; Reminders… (Ctrl+R).</source>
            <translation>没有提醒。请在窗口中设置：选择一个方案，然后点击 方案 &gt; 提醒…（Ctrl+R）。</translation>
        </message>
        <message>
            <source>off</source>
            <comment>a reminder turned off</comment>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>星期一</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>星期二</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>星期三</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>星期四</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>星期五</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>星期六</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>星期日</translation>
        </message>
        <message>
            <source>choose at least one day of the week</source>
            <translation>请至少选择一周中的一天</translation>
        </message>
        <message>
            <source>give at least one time of day</source>
            <translation>请至少填写一个时间</translation>
        </message>
        <message>
            <source>give at most {count} times of day</source>
            <translation>最多填写{count}个时间</translation>
        </message>
        <message>
            <source>the number a day must be 1 to {most}</source>
            <translation>每天的次数必须在1到{most}之间</translation>
        </message>
        <message>
            <source>the last time must come after the first</source>
            <translation>最后一个时间必须晚于第一个</translation>
        </message>
        <message>
            <source>the last time must not come before the first</source>
            <translation>最后一个时间不能早于第一个</translation>
        </message>
        <message>
            <source>{text} is not a time of day like 09:00</source>
            <translation>{text} 不是像 09:00 这样的时间</translation>
        </message>
        <message>
            <source>{list} and {last}</source>
            <translation>{list}和{last}</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between listed items</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>every day</source>
            <translation>每天</translation>
        </message>
        <message>
            <source>on weekdays</source>
            <translation>工作日</translation>
        </message>
        <message>
            <source>at weekends</source>
            <translation>周末</translation>
        </message>
        <message>
            <source>on {days}</source>
            <translation>{days}</translation>
        </message>
        <message>
            <source>{days} at {times}</source>
            <translation>{days}{times}</translation>
        </message>
        <message>
            <source>once a day between {start} and {end}, {days}</source>
            <translation>每天一次，{start}至{end}之间，{days}</translation>
        </message>
        <message numerus="yes">
            <source>%n time(s) a day between {start} and {end}, {days}</source>
            <translation>
                <numerusform>每天%n次，{start}至{end}之间，{days}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoutineText</name>
        <message>
            <source>{sets} at your pace</source>
            <translation>{sets}，按自己的节奏</translation>
        </message>
        <message>
            <source>s</source>
            <comment>unit: seconds</comment>
            <translation>秒</translation>
        </message>
        <message>
            <source>min</source>
            <comment>unit: minutes</comment>
            <translation>分钟</translation>
        </message>
        <message>
            <source>{reps} in {sets}</source>
            <translation>{reps}，分{sets}</translation>
        </message>
        <message>
            <source>, at your pace</source>
            <translation>，按自己的节奏</translation>
        </message>
        <message>
            <source>, {time} each</source>
            <translation>，每次{time}</translation>
        </message>
        <message>
            <source>work {time}</source>
            <translation>运动{time}</translation>
        </message>
        <message>
            <source>hold {time}</source>
            <translation>保持{time}</translation>
        </message>
        <message>
            <source>, right then left</source>
            <translation>，先右后左</translation>
        </message>
        <message>
            <source>, left then right</source>
            <translation>，先左后右</translation>
        </message>
        <message>
            <source>, right side</source>
            <translation>，右侧</translation>
        </message>
        <message>
            <source>, left side</source>
            <translation>，左侧</translation>
        </message>
        <message>
            <source>{low}–{high} times a day</source>
            <translation>每天{low}–{high}次</translation>
        </message>
        <message>
            <source>{low}–{high} times a week</source>
            <translation>每周{low}–{high}次</translation>
        </message>
        <message>
            <source>rest {days} afterwards</source>
            <translation>之后休息{days}</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between practice hints</comment>
            <translation>；</translation>
        </message>
        <message>
            <source>{hints}. {note}</source>
            <translation>{hints}。{note}</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>动作</translation>
        </message>
        <message>
            <source>Safety:</source>
            <translation>安全提示：</translation>
        </message>
        <message>
            <source>Cool-down: {label}</source>
            <translation>放松：{label}</translation>
        </message>
        <message>
            <source>How often</source>
            <translation>频率</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>来源：{source}</translation>
        </message>
        <message>
            <source>This routine file could not be loaded, so it cannot be started. Fix these problems and restart Leg Timer (or run {command}):</source>
            <translation>无法加载此方案文件，因此无法开始。请修正以下问题并重新启动 Leg Timer（或运行 {command}）：</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Start, pause or resume the workout</source>
            <translation>开始、暂停或继续训练</translation>
        </message>
        <message>
            <source>Done with a rep set at your own pace; in the jump list, jump to the chosen exercise; in the list, start the selected routine; on the summary, back to the list</source>
            <translation>按自己节奏的一组完成；在跳转列表中跳到所选动作；在列表中开始所选方案；在总结页返回列表</translation>
        </message>
        <message>
            <source>Skip to the next step</source>
            <translation>跳到下一步</translation>
        </message>
        <message>
            <source>Previous step (restarts the step when more than 2 s in)</source>
            <translation>上一步（本步已进行超过2秒时则重新开始本步）</translation>
        </message>
        <message>
            <source>Add {seconds} seconds to this step (the number pad's + too)</source>
            <translation>为本步增加{seconds}秒（小键盘的 + 也可以）</translation>
        </message>
        <message>
            <source>Take {seconds} seconds off this step (the number pad's - too)</source>
            <translation>为本步减少{seconds}秒（小键盘的 - 也可以）</translation>
        </message>
        <message>
            <source>Restart the routine from the beginning (asks first during a workout); on the summary, do it again</source>
            <translation>从头重新开始方案（训练中会先询问）；在总结页再做一次</translation>
        </message>
        <message>
            <source>Close the jump list or this overlay, or leave focus mode; stop the workout (asks first while it runs); on the summary, back to the list; on the history, back where you came from</source>
            <translation>关闭跳转列表或本浮层，或退出专注模式；停止训练（进行中会先询问）；在总结页返回列表；在历史页返回之前的页面</translation>
        </message>
        <message>
            <source>Focus mode: full screen and larger, without the key hints (also double-click the countdown)</source>
            <translation>专注模式：全屏放大，不显示按键提示（也可双击倒计时）</translation>
        </message>
        <message>
            <source>Show or hide the exercise's instructions and safety note (shown when they fit)</source>
            <translation>显示或隐藏动作说明和安全提示（空间足够时显示）</translation>
        </message>
        <message>
            <source>Jump list: pick any exercise of the routine (type to filter, ↑ ↓ to choose, Enter jumps there, Esc closes)</source>
            <translation>跳转列表：选择方案中的任意动作（输入以筛选，↑ ↓ 选择，回车跳转，Esc 关闭）</translation>
        </message>
        <message>
            <source>Mute or unmute sounds and voice</source>
            <translation>静音或取消静音声音和语音</translation>
        </message>
        <message>
            <source>Mini timer: a small window that stays above other windows, with the time, the exercise and its side; the workout keys work in it, double-click it to come back</source>
            <translation>小计时器：保持在其他窗口之上的小窗口，显示时间、动作及其侧别；训练按键在其中可用，双击即可返回</translation>
        </message>
        <message>
            <source>Show or hide this list of shortcuts</source>
            <translation>显示或隐藏此快捷键列表</translation>
        </message>
        <message>
            <source>Search the routines (or just start typing in the list)</source>
            <translation>搜索方案（或直接在列表中输入）</translation>
        </message>
        <message>
            <source>Open the routines folder (your own routine files) in the file manager</source>
            <translation>在文件管理器中打开方案文件夹（你自己的方案文件）</translation>
        </message>
        <message>
            <source>New routine, made in the routine editor</source>
            <translation>新建方案，在方案编辑器中制作</translation>
        </message>
        <message>
            <source>Open a routine file and start it, without adding it to your routines (as leg-timer run FILE)</source>
            <translation>打开方案文件并开始，但不加入你的方案（同 leg-timer run FILE）</translation>
        </message>
        <message>
            <source>Import routine files (.yaml, .yml, .json) into your routines; dropping files on the window does the same</source>
            <translation>将方案文件（.yaml、.yml、.json）导入你的方案；把文件拖到窗口上效果相同</translation>
        </message>
        <message>
            <source>Edit the selected routine of your own (a built-in one is duplicated instead)</source>
            <translation>编辑所选的自建方案（内置方案则会被复制）</translation>
        </message>
        <message>
            <source>Duplicate the selected routine as a new one of your own, in the editor (the way to change a built-in routine)</source>
            <translation>在编辑器中把所选方案复制为你自己的新方案（修改内置方案的方式）</translation>
        </message>
        <message>
            <source>Delete the selected routine of your own (its file goes to the deleted-routines folder beside your routines folder; Ctrl+Z brings it back)</source>
            <translation>删除所选的自建方案（文件会移到方案文件夹旁的已删除方案文件夹；Ctrl+Z 可恢复）</translation>
        </message>
        <message>
            <source>Bring back the routine just deleted</source>
            <translation>恢复刚删除的方案</translation>
        </message>
        <message>
            <source>Save a copy of the selected routine's file where you choose (to share it)</source>
            <translation>把所选方案的文件另存一份到你选择的位置（便于分享）</translation>
        </message>
        <message>
            <source>Reminders for the selected routine: at times of day or spread over the day, on chosen weekdays (offered from its practice advice); and starting at login</source>
            <translation>所选方案的提醒：在指定时间或分散在一天中，在选定的星期几（根据其练习建议推荐）；以及登录时启动</translation>
        </message>
        <message>
            <source>Settings: volume, voice, countdown ticks, get-ready time, theme</source>
            <translation>设置：音量、语音、倒计时滴答声、准备时间、主题</translation>
        </message>
        <message>
            <source>Quit (asks first while a workout is under way)</source>
            <translation>退出（训练进行中会先询问）</translation>
        </message>
        <message>
            <source>Workout history: calendar, weekly minutes, streaks, every session (Delete removes one, Ctrl+Z brings it back)</source>
            <translation>训练历史：日历、每周分钟数、连续天数、每次训练（Delete 删除一条，Ctrl+Z 恢复）</translation>
        </message>
        <message>
            <source>Workout history, from the list (where H types into the search)</source>
            <translation>训练历史，从列表打开（在列表中 H 会输入到搜索框）</translation>
        </message>
        <message>
            <source>list</source>
            <translation>列表</translation>
        </message>
        <message>
            <source>workout</source>
            <translation>训练</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>总结</translation>
        </message>
        <message>
            <source>history</source>
            <translation>历史</translation>
        </message>
        <message>
            <source>everywhere</source>
            <translation>所有页面</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between page names</comment>
            <translation>、</translation>
        </message>
        <message>
            <source> or </source>
            <comment>between keys</comment>
            <translation> 或 </translation>
        </message>
        <message>
            <source>Space</source>
            <translation>空格</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>回车</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Ctrl</source>
            <translation>Ctrl</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>{key} resume</source>
            <translation>{key} 继续</translation>
        </message>
        <message>
            <source>{key} pause</source>
            <translation>{key} 暂停</translation>
        </message>
        <message>
            <source>{keys} steps</source>
            <translation>{keys} 切换步骤</translation>
        </message>
        <message>
            <source>{keys} {seconds} s</source>
            <translation>{keys} {seconds}秒</translation>
        </message>
        <message>
            <source>{key} jump</source>
            <translation>{key} 跳转</translation>
        </message>
        <message>
            <source>{key} guide</source>
            <translation>{key} 说明</translation>
        </message>
        <message>
            <source>{key} stop</source>
            <translation>{key} 停止</translation>
        </message>
        <message>
            <source>{key} focus</source>
            <translation>{key} 专注</translation>
        </message>
        <message>
            <source>{key} all keys</source>
            <translation>{key} 全部按键</translation>
        </message>
    </context>
    <context>
        <name>Spoken</name>
        <message>
            <source>Get ready</source>
            <translation>准备</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>运动</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>休息</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>保持</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>计次</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>换边</translation>
        </message>
        <message>
            <source>Round rest</source>
            <translation>轮间休息</translation>
        </message>
        <message>
            <source>Cool-down</source>
            <translation>放松</translation>
        </message>
        <message>
            <source>left side</source>
            <translation>左侧</translation>
        </message>
        <message>
            <source>right side</source>
            <translation>右侧</translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n秒</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>press Enter when done</source>
            <translation>完成后按回车键</translation>
        </message>
        <message>
            <source>{time} done</source>
            <translation>已完成{time}</translation>
        </message>
        <message>
            <source>round {current} of {total}</source>
            <translation>第{current}轮，共{total}轮</translation>
        </message>
        <message>
            <source>set {current} of {total}</source>
            <translation>第{current}组，共{total}组</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>已继续</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>已跳过</translation>
        </message>
        <message>
            <source>Time changed, {length} left</source>
            <translation>时间已调整，剩余{length}</translation>
        </message>
        <message>
            <source>Halfway</source>
            <translation>已过半</translation>
        </message>
        <message>
            <source>Workout complete</source>
            <translation>训练完成</translation>
        </message>
        <message>
            <source>Workout stopped</source>
            <translation>训练已停止</translation>
        </message>
        <message>
            <source>. </source>
            <translation>。</translation>
        </message>
    </context>
    <context>
        <name>VoiceStatus</name>
        <message>
            <source>No speech engine is installed (on Linux: speech-dispatcher).</source>
            <translation>未安装语音引擎（Linux 上为 speech-dispatcher）。</translation>
        </message>
        <message>
            <source>The {engine} speech engine is starting.</source>
            <translation>语音引擎 {engine} 正在启动。</translation>
        </message>
        <message>
            <source>The {engine} speech engine failed to start.</source>
            <translation>语音引擎 {engine} 启动失败。</translation>
        </message>
        <message>
            <source>The {engine} speech engine did not answer within {seconds} s (is an audio server running?); voice is off.</source>
            <translation>语音引擎 {engine} 在 {seconds} 秒内没有响应（音频服务器是否在运行？）；语音已关闭。</translation>
        </message>
        <message>
            <source>The {engine} engine has no voice for {language}; the cues are sounds and text on the screen.</source>
            <translation>引擎 {engine} 没有{language}语音；提示将以声音和屏幕文字呈现。</translation>
        </message>
        <message>
            <source>The {engine} engine failed: {message}</source>
            <translation>引擎 {engine} 出错：{message}</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>未知错误</translation>
        </message>
    </context>
    <context>
        <name>Wording</name>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n次</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n组</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n步</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n segment(s)</source>
            <translation>
                <numerusform>%n段</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n轮</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)</source>
            <translation>
                <numerusform>%n个动作</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n个问题</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more problem(s)</source>
            <translation>
                <numerusform>另有%n个问题</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n个文件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n次训练</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n次训练</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n routine(s)</source>
            <translation>
                <numerusform>%n个方案</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rest day(s)</source>
            <translation>
                <numerusform>%n个休息日</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n周</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n time(s) a day</source>
            <translation>
                <numerusform>每天%n次</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n time(s) a week</source>
            <translation>
                <numerusform>每周%n次</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n秒</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n分钟</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n小时</numerusform>
            </translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours}小时{minutes}分钟</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours}小时</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes}分钟</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds}秒</translation>
        </message>
        <message>
            <source>{label} {current} / {total}</source>
            <translation>{label} {current} / {total}</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>轮</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>组</translation>
        </message>
        <message>
            <source>Rep</source>
            <translation>次</translation>
        </message>
    </context>
</TS>
