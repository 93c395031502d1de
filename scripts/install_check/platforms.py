"""The students' platforms as wheel tags and as environment markers.

The oldest systems checked (a wheel built for anything newer is refused, so the matrix
proves these): Windows 10/11 x86-64, macOS 12 on Intel, macOS 11 on Apple silicon, Linux
with glibc 2.28 (Debian 10, Ubuntu 20.04, RHEL 8 and newer) on x86-64 and aarch64. The
known exceptions are in ``known_gaps.tsv``.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field

from packaging.tags import mac_platforms

SUPPORTED_PYTHONS = ("3.11", "3.12", "3.13")
REPORTED_PYTHONS = ("3.14",)  # shown in the table; a failure there does not fail the run
MACOS_INTEL_MIN = (12, 0)
MACOS_ARM_MIN = (11, 0)  # the first macOS on Apple silicon
GLIBC_MIN = 28  # manylinux_2_28


def manylinux_tags(arch: str, glibc_minor: int = GLIBC_MIN) -> tuple[str, ...]:
    """Every manylinux tag a system with glibc 2.`glibc_minor` accepts, newest first.

    pip expands macOS tags itself but takes a ``manylinux_2_28`` tag literally, so the
    older ones (and their legacy aliases) are spelled out.

    >>> manylinux_tags("x86_64", 18)
    ('manylinux_2_18_x86_64', 'manylinux_2_17_x86_64', 'manylinux2014_x86_64', \
'manylinux_2_16_x86_64', 'manylinux_2_15_x86_64', 'manylinux_2_14_x86_64', \
'manylinux_2_13_x86_64', 'manylinux_2_12_x86_64', 'manylinux2010_x86_64', \
'manylinux_2_11_x86_64', 'manylinux_2_10_x86_64', 'manylinux_2_9_x86_64', \
'manylinux_2_8_x86_64', 'manylinux_2_7_x86_64', 'manylinux_2_6_x86_64', \
'manylinux_2_5_x86_64', 'manylinux1_x86_64')
    >>> manylinux_tags("aarch64", 17)
    ('manylinux_2_17_aarch64', 'manylinux2014_aarch64')
    """
    legacy = {17: "manylinux2014", 12: "manylinux2010", 5: "manylinux1"}
    oldest = 17 if arch == "aarch64" else 5  # no aarch64 glibc before 2.17
    tags = []
    for minor in range(glibc_minor, oldest - 1, -1):
        tags.append(f"manylinux_2_{minor}_{arch}")
        if minor in legacy:
            tags.append(f"{legacy[minor]}_{arch}")
    return tuple(tags)


def macos_tags(version: tuple[int, int], arch: str) -> tuple[str, ...]:
    """The macOS tags a Mac of `version` and `arch` accepts (packaging's own list).

    >>> macos_tags((11, 0), "arm64")[:3]
    ('macosx_11_0_arm64', 'macosx_11_0_universal2', 'macosx_10_16_universal2')
    """
    return tuple(mac_platforms(version, arch))


@dataclass(frozen=True)
class Platform:
    """A student's platform: the wheel tags pip may take, and its marker values."""

    key: str
    label: str
    tags: tuple[str, ...]
    markers: dict[str, str] = field(hash=False)


def student_platforms(macos_intel: tuple[int, int] = MACOS_INTEL_MIN,
                      macos_arm: tuple[int, int] = MACOS_ARM_MIN,
                      glibc_minor: int = GLIBC_MIN) -> tuple[Platform, ...]:
    """The five platforms, for the oldest systems given.

    >>> [p.label for p in student_platforms(macos_arm=(14, 0))][2]
    'macOS 14+ Apple silicon'
    """
    darwin = {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix"}
    linux = {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"}
    glibc = f"glibc 2.{glibc_minor}+"
    return (
        Platform("windows", "Windows x86-64", ("win_amd64",),
                 {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt",
                  "platform_machine": "AMD64"}),
        Platform("macos-intel", f"macOS {macos_intel[0]}+ Intel",
                 macos_tags(macos_intel, "x86_64"), {**darwin, "platform_machine": "x86_64"}),
        Platform("macos-arm", f"macOS {macos_arm[0]}+ Apple silicon",
                 macos_tags(macos_arm, "arm64"), {**darwin, "platform_machine": "arm64"}),
        Platform("linux-x86_64", f"Linux x86-64 ({glibc})", manylinux_tags("x86_64", glibc_minor),
                 {**linux, "platform_machine": "x86_64"}),
        Platform("linux-aarch64", f"Linux aarch64 ({glibc})",
                 manylinux_tags("aarch64", glibc_minor), {**linux, "platform_machine": "aarch64"}),
    )


PLATFORMS = student_platforms()
BY_KEY = {platform.key: platform for platform in PLATFORMS}


def marker_environment(platform: Platform, python: str) -> dict[str, str]:
    """PEP 508 marker values of CPython `python` on `platform`.

    pip evaluates a dependency's markers on the machine that runs it, even with
    ``--platform``: the resolve must be completed with these values (see
    :func:`install_check.resolve.missing_on_target`).

    >>> env = marker_environment(BY_KEY["windows"], "3.13")
    >>> env["sys_platform"], env["python_version"], env["python_full_version"]
    ('win32', '3.13', '3.13.0')
    """
    return {
        **platform.markers,
        "python_version": python,
        "python_full_version": f"{python}.0",
        "implementation_name": "cpython",
        "implementation_version": f"{python}.0",
        "platform_python_implementation": "CPython",
        "platform_release": "",
        "platform_version": "",
    }


def _version(text: str) -> tuple[int, int]:
    major, minor = text.split(".")[:2]
    return int(major), int(minor)


def add_platform_options(parser: argparse.ArgumentParser) -> None:
    """``--platform`` and the oldest systems, for the matrix and the wheelhouse alike."""
    keys = [platform.key for platform in PLATFORMS]
    parser.add_argument("--platform", nargs="+", default=keys, choices=keys)
    parser.add_argument("--macos-intel", type=_version, default=MACOS_INTEL_MIN, metavar="12.0",
                        help="oldest macOS on Intel Macs")
    parser.add_argument("--macos-arm", type=_version, default=MACOS_ARM_MIN, metavar="11.0",
                        help="oldest macOS on Apple silicon")
    parser.add_argument("--glibc", type=_version, default=(2, GLIBC_MIN), metavar="2.28",
                        help="oldest glibc on Linux")


def chosen_platforms(args: argparse.Namespace) -> list[Platform]:
    """The platforms `args` asked for, for the oldest systems it gave.

    >>> parser = argparse.ArgumentParser()
    >>> add_platform_options(parser)
    >>> args = parser.parse_args(["--platform", "macos-arm", "linux-aarch64",
    ...                           "--macos-arm", "14.0", "--glibc", "2.17"])
    >>> [p.tags[0] for p in chosen_platforms(args)]
    ['macosx_14_0_arm64', 'manylinux_2_17_aarch64']
    """
    every = student_platforms(args.macos_intel, args.macos_arm, args.glibc[1])
    return [platform for platform in every if platform.key in args.platform]
