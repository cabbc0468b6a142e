#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every interactive control of every view has an accessible name.

Starts the built app on the example plan on the session's AT-SPI bus (the
test runs inside dbus-run-session and Xvfb, see build-aux/dev), shows each view so
that its widgets exist, and walks the accessibility tree as a screen reader
sees it. GTK 4.8 keeps hidden view pages in the tree, so one walk after
visiting the views covers them all.

Usage: a11y-audit.py APP PLAN
"""
import ast
import os
import re
import subprocess
import sys
import time

pyatspi = None  # imported once the accessibility bus is known

INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "slider",
               "spin button", "text", "entry", "combo box", "menu item", "link", "switch",
               "page tab", "password text"}
# GTK falls back to the widget's type name ("GtkExpander") when a widget has
# no name: as good as no name, and a screen reader would read it out.
FALLBACK_NAME = re.compile(r"^(Gtk|Adw)[A-Z][A-Za-z]*$")


def find_app(name, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name:
                return app
        time.sleep(0.25)
    raise SystemExit(f"the app {name} never showed up on the accessibility bus")


def walk(node, path, problems, counts):
    try:
        role = node.getRoleName()
        name = (node.name or "").strip()
    except Exception:
        return
    here = f"{path}/{role}"
    if role in INTERACTIVE:
        counts[0] += 1
        if not name or FALLBACK_NAME.match(name):
            problems.append(f"{here} '{name}'")
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            walk(child, here if len(here) < 400 else path, problems, counts)


def click_page_tabs(app):
    tabs = []

    def collect(node):
        try:
            if node.getRoleName() == "page tab":
                tabs.append(node)
            for i in range(node.childCount):
                child = node.getChildAtIndex(i)
                if child is not None:
                    collect(child)
        except Exception:
            pass

    collect(app)
    for tab in tabs:
        action = tab.queryAction()
        for i in range(action.nActions):
            if action.getName(i) == "click":
                action.doAction(i)
                time.sleep(0.8)
    return len(tabs)


def main():
    app_path, plan = sys.argv[1], sys.argv[2]
    if not os.environ.get("DISPLAY"):
        print("no display: run the suite with build-aux/dev test")
        return 77
    global pyatspi
    # Ask the session bus for the accessibility bus (D-Bus starts it if no
    # test has yet) rather than trusting the X root window's AT_SPI_BUS,
    # which an earlier bus may have left pointing at a socket that is gone.
    # Starting a second bus launcher here would replace the running bus's
    # socket and cut off everyone already on it.
    # dbus-run-session starts outside xvfb-run: give the accessibility bus and
    # its registry (which synthesizes keys for e2e-drive.py) the display.
    display = ", ".join(f"'{k}': '{os.environ[k]}'" for k in ("DISPLAY", "XAUTHORITY")
                        if k in os.environ)
    subprocess.run(["gdbus", "call", "--session", "--dest", "org.freedesktop.DBus",
                    "--object-path", "/org/freedesktop/DBus", "--method",
                    "org.freedesktop.DBus.UpdateActivationEnvironment", "{" + display + "}"],
                   capture_output=True, text=True)
    reply = subprocess.run(["gdbus", "call", "--session", "--dest", "org.a11y.Bus",
                            "--object-path", "/org/a11y/bus", "--method",
                            "org.a11y.Bus.GetAddress"],
                           capture_output=True, text=True, check=True).stdout
    os.environ["AT_SPI_BUS_ADDRESS"] = ast.literal_eval(reply.strip())[0]
    import pyatspi as atspi_module
    pyatspi = atspi_module
    env = dict(os.environ, GTK_A11Y="atspi")
    app = subprocess.Popen([app_path, plan], env=env)
    try:
        node = find_app(os.path.basename(app_path))
        time.sleep(2)
        n_tabs = click_page_tabs(node)
        problems, counts = [], [0]
        walk(node, "", problems, counts)
        print(f"{counts[0]} interactive controls after visiting {n_tabs} view tabs")
        if counts[0] < 50:
            print("too few controls: the views did not load")
            return 1
        for problem in problems:
            print("NO NAME:", problem)
        return 1 if problems else 0
    finally:
        app.terminate()
        app.wait(10)


if __name__ == "__main__":
    sys.exit(main())
