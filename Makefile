# Front door.  The scripts in scripts/ do the work; build/ holds everything
# they make (kernel work tree, objects, guest root, logs).
ARCH ?= x86_64
CPU ?=
CMD ?= uname -r

.PHONY: run check vm tree export bisect deps kernel rootfs clean

## run: build the patched x86_64 kernel, boot it, run the futex suite
run:
	scripts/run.sh

## check: everything (both kernels, all ABIs, three guests, checkpatch)
check:
	scripts/check.sh

## vm: boot the built kernel and run CMD (ARCH=x86_64|arm64, CPU=model)
vm:
	CPU='$(CPU)' scripts/vm.sh '$(ARCH)' '$(CMD)'

## tree: base + patches/ into build/linux, for editing
tree:
	scripts/tree.sh

## export: build/linux commits since base back into patches/
export:
	scripts/export.sh

## bisect: build each prefix of the series (x86_64, arm64, selftests)
bisect:
	scripts/bisect.sh

deps:
	scripts/deps.sh

## kernel: build the kernel for ARCH (DEBUG=1 adds configs/debug.config)
kernel:
	scripts/kernel.sh '$(ARCH)'

rootfs:
	scripts/rootfs.sh

clean:
	rm -rf build/obj-* build/ksft-* build/hdr-* build/logs
