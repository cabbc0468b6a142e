#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Drive the app end to end the way a screen reader user does.

Starts the built app on a copy of the example plan on the session's AT-SPI
bus (the test runs inside dbus-run-session and Xvfb, see build-aux/dev) and,
through the accessibility tree only (actions, and keys synthesized by
AT-SPI): visits the three views, changes a skill level, picks another
program in the Program combo box and adds one of its courses to a term,
saves with Ctrl+S, quits with Ctrl+Q, starts the app again on the same file
to find the three changes, and exports the plan as a PDF through Export as
PDF's file chooser (Ctrl+E) to find the course in it.

Usage: e2e-drive.py APP PLAN
"""
import ast
import os
import shutil
import subprocess
import sys
import tempfile
import time

pyatspi = None  # imported once the accessibility bus is known

SKILL = "Reinforcement Learning"   # level 0 in the example plan
LEVEL = "2, Working Knowledge"
PROGRAM = "Georgia Institute of Technology"  # the example plans Rice's program
COURSE = "CS 7641"                 # Georgia Tech's, so in no term of the example
TERM = "Spring 2027"               # the example's last term

# X keysyms and the Control modifier's mask
CONTROL_MASK = 1 << 2
KEY_S = 0x73
KEY_Q = 0x71
KEY_E = 0x65
KEY_HOME = 0xff50
KEY_DOWN = 0xff54
KEY_RETURN = 0xff0d


class Failure(Exception):
    pass


def step(text):
    print(f"PASS: {text}", flush=True)


def find_app(name, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name:
                return app
        time.sleep(0.25)
    raise Failure(f"expected the app {name} on the accessibility bus; it never showed up")


def find_all(node, pred, found=None):
    """Every node under node (itself too) for which pred is true. A node
    that went away while we look (a closed dialog) is skipped, not its
    siblings."""
    if found is None:
        found = []
    try:
        if pred(node):
            found.append(node)
        n = node.childCount
    except Exception:
        return found
    for i in range(n):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            find_all(child, pred, found)
    return found


def matches(role, name):
    def pred(node):
        return node.getRoleName() == role and (node.name or "") == name
    return pred


def wait_for(what, fn, timeout=10):
    """Calls fn until it returns something true; Failure naming what after timeout."""
    deadline = time.time() + timeout
    while True:
        result = fn()
        if result:
            return result
        if time.time() > deadline:
            raise Failure(f"expected {what}; not found after {timeout} s")
        time.sleep(0.25)


def wait_node(root, role, name, what=None, timeout=10):
    return wait_for(what or f"a {role} named '{name}'",
                    lambda: find_all(root, matches(role, name)), timeout)


def showing(node):
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def do_action(node, names=("click", "activate", "press")):
    action = node.queryAction()
    available = [action.getName(i) for i in range(action.nActions)]
    for wanted in names:
        if wanted in available:
            action.doAction(available.index(wanted))
            return
    raise Failure(f"expected an action {names} on {node.getRoleName()} '{node.name}'; "
                  f"it has {available}")


def frame_of(app):
    frames = [f for f in find_all(app, lambda n: n.getRoleName() == "frame")]
    if not frames:
        raise Failure("expected a frame (the main window)")
    return frames[0]


def focus_window(frame):
    """Without a window manager, X sends keys to the window under the pointer."""
    try:
        ext = frame.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        pyatspi.Registry.generateMouseEvent(ext.x + ext.width // 2, ext.y + 10, "abs")
    except Exception as e:  # keys may still reach it
        print(f"note: could not move the pointer onto the window: {e}")
    time.sleep(0.3)


def press_ctrl(keysym):
    """Control+key: lock the Control modifier, type the key by keysym, unlock."""
    reg = pyatspi.Registry
    reg.generateKeyboardEvent(CONTROL_MASK, None, pyatspi.KEY_LOCKMODIFIERS)
    time.sleep(0.05)
    reg.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
    time.sleep(0.05)
    reg.generateKeyboardEvent(CONTROL_MASK, None, pyatspi.KEY_UNLOCKMODIFIERS)
    time.sleep(0.2)


def press(keysym):
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
    time.sleep(0.3)


def combo_text(combo):
    """What a combo box shows: the label in its button. (GTK 4.8 keeps a
    label "(None)" there too, for when nothing is selected.)"""
    button = find_all(combo, lambda n: n.getRoleName() == "push button")
    labels = find_all(button[0], lambda n: n.getRoleName() == "label"
                      and n.name not in (None, "", "(None)")) if button else []
    return labels[0].name if labels else ""


def choose_in_combo(frame, combo, prefix):
    """Opens the combo box with its button's action and, as a keyboard user
    does, moves to the item that starts with prefix and presses Return."""
    button = find_all(combo, lambda n: n.getRoleName() == "push button")
    if not button:
        raise Failure(f"expected a push button in the combo box '{combo.name}'")
    focus_window(frame)
    do_action(button[0])
    popup = wait_for(f"the list of the combo box '{combo.name}'",
                     lambda: find_all(combo, lambda n: n.getRoleName() == "list"))[0]
    items = [find_all(popup.getChildAtIndex(i), lambda n: n.getRoleName() == "label")
             for i in range(popup.childCount)]
    names = [labels[0].name if labels else "" for labels in items]
    index = next((i for i, name in enumerate(names) if name.startswith(prefix)), None)
    if index is None:
        raise Failure(f"expected an item '{prefix}…' in the combo box '{combo.name}'; "
                      f"it has {names}")
    time.sleep(0.5)
    press(KEY_HOME)
    for _ in range(index):
        press(KEY_DOWN)
    press(KEY_RETURN)
    wait_for(f"the combo box '{combo.name}' showing '{prefix}…'",
             lambda: combo_text(combo).startswith(prefix))


def click_tab(app, name):
    tabs = [t for t in find_all(app, matches("page tab", name))]
    if not tabs:
        raise Failure(f"expected a page tab '{name}'")
    # Two view switchers (header bar and bottom bar): use the one on screen.
    tab = next((t for t in tabs if showing(t)), tabs[0])
    do_action(tab, ("click", "activate", "press"))
    time.sleep(0.8)


def checked(node):
    state = node.getState()
    return state.contains(pyatspi.STATE_CHECKED) or state.contains(pyatspi.STATE_PRESSED)


def course_in_term(app):
    return find_all(app, matches("push button", f"Move or remove {COURSE} in {TERM}"))


def start(app_path, plan, env):
    proc = subprocess.Popen([app_path, plan], env=env)
    app = find_app(os.path.basename(app_path))
    frame = wait_for("the main window", lambda: find_all(app, lambda n: n.getRoleName() == "frame"))
    time.sleep(2)
    return proc, app, frame[0]


def stop(proc):
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def run(app_path, example, tmp):
    plan = os.path.join(tmp, "plan.careerplan")
    shutil.copyfile(example, plan)
    env = dict(os.environ, GTK_A11Y="atspi",
               XDG_STATE_HOME=os.path.join(tmp, "state"),
               XDG_CONFIG_HOME=os.path.join(tmp, "config"),
               XDG_CACHE_HOME=os.path.join(tmp, "cache"),
               XDG_DATA_HOME=os.path.join(tmp, "data"))
    proc = None
    try:
        proc, app, frame = start(app_path, plan, env)
        step(f"the app started on a copy of the example: window '{frame.name}'")

        # 1. The three views
        click_tab(app, "Compare")
        wait_node(app, "combo box", "First role", "the Compare view's 'First role' combo box")
        step("Compare view: 'First role' combo box found")
        click_tab(app, "Skills")
        wait_node(app, "entry", "Search skills", "the Skills view's 'Search skills' entry")
        step("Skills view: 'Search skills' entry found")
        click_tab(app, "Courses")
        wait_node(app, "entry", "Search courses", "the Courses view's 'Search courses' entry")
        step("Courses view: 'Search courses' entry found")

        # 2. A skill level
        click_tab(app, "Skills")
        zero = wait_node(app, "push button", f"{SKILL}: 0, None")[0]
        if not checked(zero):
            raise Failure(f"expected '{SKILL}: 0, None' checked in the example plan")
        button = wait_node(app, "push button", f"{SKILL}: {LEVEL}")[0]
        do_action(button)
        wait_for(f"'{SKILL}: {LEVEL}' checked after clicking it",
                 lambda: checked(find_all(app, matches("push button", f"{SKILL}: {LEVEL}"))[0]))
        step(f"Skills view: '{SKILL}' set to {LEVEL}")

        # 3. A program, and one of its courses into a term
        click_tab(app, "Courses")
        combo = wait_node(app, "combo box", "Program")[0]
        if combo_text(combo).startswith(PROGRAM):
            raise Failure(f"expected the example plan not to use {PROGRAM}'s program")
        choose_in_combo(frame, combo, PROGRAM)
        step(f"Courses view: program '{combo_text(combo)}' picked in the 'Program' combo box")
        if course_in_term(app):
            raise Failure(f"expected {COURSE} in no term of the example plan")
        adds = wait_node(app, "push button", f"Add {COURSE} to a term")
        # The GtkMenuButton's accessible holds the toggle button that opens the menu.
        inner = find_all(adds[-1], lambda n: n.getRoleName() == "push button"
                         and (n.name or "").startswith(f"Add {COURSE} to a term") and n != adds[-1])
        do_action(inner[0] if inner else adds[-1])
        item = wait_for(f"a menu item '{TERM}' in the 'Add to Term' menu of {COURSE}",
                        lambda: [n for n in find_all(app, lambda n: n.getRoleName() == "menu item"
                                                     and (n.name or "") == TERM) if showing(n)]
                        or find_all(app, lambda n: n.getRoleName() == "menu item"
                                    and (n.name or "") == TERM))
        do_action(item[0])
        wait_for(f"'Move or remove {COURSE} in {TERM}' in the term board", lambda: course_in_term(app))
        step(f"Courses view: {COURSE} added to {TERM}")

        # 4. Save
        wait_for("a '• ' (unsaved) mark in the window title",
                 lambda: (frame.name or "").startswith("• "))
        focus_window(frame)
        press_ctrl(KEY_S)
        wait_for("the window title without its '• ' mark after Ctrl+S",
                 lambda: not (frame.name or "").startswith("• "), 15)
        step(f"saved with Ctrl+S: window '{frame.name}'")

        # 5. Quit, start again, find the changes
        focus_window(frame)
        press_ctrl(KEY_Q)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            raise Failure("expected the app to quit on Ctrl+Q")
        step(f"quit with Ctrl+Q (exit status {proc.returncode})")
        proc, app, frame = start(app_path, plan, env)
        click_tab(app, "Skills")
        button = wait_node(app, "push button", f"{SKILL}: {LEVEL}")[0]
        if not checked(button):
            raise Failure(f"expected '{SKILL}: {LEVEL}' checked after reopening the plan")
        step(f"reopened: '{SKILL}: {LEVEL}' is checked")
        click_tab(app, "Courses")
        combo = wait_node(app, "combo box", "Program")[0]
        if not combo_text(combo).startswith(PROGRAM):
            raise Failure(f"expected the 'Program' combo box to show {PROGRAM}'s program after "
                          f"reopening the plan; it shows '{combo_text(combo)}'")
        step(f"reopened: the program is '{combo_text(combo)}'")
        wait_for(f"'Move or remove {COURSE} in {TERM}' after reopening the plan",
                 lambda: course_in_term(app))
        step(f"reopened: {COURSE} is in {TERM}")

        # 6. PDF, through Export as PDF's file chooser
        pdf = os.path.join(tmp, "out.pdf")
        focus_window(frame)
        press_ctrl(KEY_E)
        dialog = wait_for("the 'Export as PDF' file chooser after Ctrl+E",
                          lambda: [app.getChildAtIndex(i) for i in range(app.childCount)
                                   if app.getChildAtIndex(i).name == "Export as PDF"])[0]
        name = wait_node(dialog, "text", "Name:", "the file chooser's 'Name:' text field")[0]
        # A path typed into the name field chooses the folder too
        name.queryEditableText().setTextContents(pdf)
        time.sleep(0.5)
        export = [b for b in find_all(dialog, lambda n: n.getRoleName() == "push button")
                  if (b.name or "").endswith("Export")]
        if not export:
            raise Failure("expected an 'Export' button in the file chooser")
        do_action(export[0])
        wait_node(frame, "label", "Exported “out.pdf”", "the toast 'Exported “out.pdf”'", 60)
        if not os.path.exists(pdf):
            raise Failure(f"expected the export to write {pdf}")
        step("exported through the 'Export as PDF' file chooser: toast 'Exported “out.pdf”'")
        stop(proc)
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True,
                              check=True).stdout
        # The PDF may name the course elsewhere too (among the recommendations):
        # look for it in the term's table, where a course's code is a line of
        # its own after the term's heading line.
        lines = text.splitlines()
        heading = next((i for i, line in enumerate(lines) if line.startswith(f"{TERM} · ")), None)
        if heading is None:
            raise Failure(f"expected a heading line '{TERM} · …' in the exported PDF's text")
        table = []
        for line in lines[heading + 1:]:
            if " · " in line and line.split(" · ")[0].split()[0] in ("Spring", "Summer", "Fall"):
                break  # the next term's heading
            table.append(line.strip())
        if COURSE not in table[:60]:
            raise Failure(f"expected a line '{COURSE}' in the PDF's table of {TERM}; "
                          f"the table starts {table[:12]}")
        step(f"exported PDF lists {COURSE} under {TERM}")
        return 0
    except Failure as e:
        print(f"FAIL: {e}", flush=True)
        return 1
    finally:
        if proc is not None:
            stop(proc)


def update_activation_environment(bus, variables):
    """Environment for the services the bus starts from now on."""
    value = "{" + ", ".join(f"'{k}': '{v}'" for k, v in variables.items()) + "}"
    subprocess.run(["gdbus", "call", *bus, "--dest", "org.freedesktop.DBus",
                    "--object-path", "/org/freedesktop/DBus", "--method",
                    "org.freedesktop.DBus.UpdateActivationEnvironment", value],
                   capture_output=True, text=True)


def main():
    app_path, example = sys.argv[1], sys.argv[2]
    if not os.environ.get("DISPLAY"):
        print("no display: run the suite with build-aux/dev test")
        return 77
    global pyatspi
    # dbus-run-session starts outside xvfb-run: the accessibility bus and its
    # registry, which synthesizes keys with XTest, are started by D-Bus with
    # no display unless it is in the buses' activation environment.
    display = {k: os.environ[k] for k in ("DISPLAY", "XAUTHORITY") if k in os.environ}
    update_activation_environment(["--session"], display)
    # Ask the session bus for the accessibility bus (see a11y-audit.py): never
    # start a second bus launcher, which would replace the running bus's socket.
    reply = subprocess.run(["gdbus", "call", "--session", "--dest", "org.a11y.Bus",
                            "--object-path", "/org/a11y/bus", "--method",
                            "org.a11y.Bus.GetAddress"],
                           capture_output=True, text=True, check=True).stdout
    os.environ["AT_SPI_BUS_ADDRESS"] = ast.literal_eval(reply.strip())[0]
    update_activation_environment(["--address", os.environ["AT_SPI_BUS_ADDRESS"]], display)
    import pyatspi as atspi_module
    pyatspi = atspi_module
    tmp = tempfile.mkdtemp(prefix="e2e-drive-")
    try:
        return run(app_path, example, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
