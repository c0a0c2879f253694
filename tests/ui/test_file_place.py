"""A workshop file named for a screen that may be on the projector: its file and folder, with
the folders above only where two files would otherwise read the same."""

from __future__ import annotations

from pathlib import PurePosixPath, PureWindowsPath

from wtfc.ui.file_place import folder, where


def test_a_file_is_named_by_its_folder_not_its_whole_path():
    path = PurePosixPath("/home/jane.smith/Reviews/Review - J.wtfc")
    assert where(path) == "Review - J.wtfc in the folder 'Reviews'"
    assert where(path, [path, PurePosixPath("/home/jane.smith/Reviews/autumn.wtfc")]) == (
        "Review - J.wtfc in the folder 'Reviews'"
    )  # itself and other names are no rivals


def test_two_files_that_would_read_the_same_get_the_folders_above_until_they_differ():
    a = PurePosixPath("/home/jane/2025/Reviews/Spring.wtfc")
    b = PurePosixPath("/home/jane/2026/Reviews/Spring.wtfc")
    c = PurePosixPath("/home/bob/2026/Reviews/Spring.wtfc")
    assert [where(p, [a, b]) for p in (a, b)] == [
        "Spring.wtfc in the folder '2025/Reviews'",
        "Spring.wtfc in the folder '2026/Reviews'",
    ]
    assert [folder(p, [a, b, c]) for p in (a, b, c)] == [
        "2025/Reviews",
        "jane/2026/Reviews",
        "bob/2026/Reviews",
    ]


def test_files_on_two_drives_are_told_apart_by_the_drive():
    d = PureWindowsPath(r"D:\Reviews\Spring.wtfc")
    e = PureWindowsPath(r"E:\Reviews\Spring.wtfc")
    assert where(d, [d, e]) == r"Spring.wtfc in the folder 'D:\Reviews'"
    assert folder(PureWindowsPath(r"D:\Spring.wtfc")) == "D:\\"  # a drive's top folder
    assert folder(PurePosixPath("/Spring.wtfc")) == "/"
