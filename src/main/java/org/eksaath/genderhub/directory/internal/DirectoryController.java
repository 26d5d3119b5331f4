package org.eksaath.genderhub.directory.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.eksaath.genderhub.directory.ContactRole;
import org.eksaath.genderhub.directory.ProviderCategory;
import org.eksaath.genderhub.shared.Tier;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The directory over HTTP: paged JSON reads of every kind, and CSV import (one file per
 * kind; see README for the headers).
 */
@RestController
@RequestMapping("/api/directory")
class DirectoryController {

	private static final int MAX_PAGE_SIZE = 500;

	private final DirectoryImporter importer;

	private final DirectoryTables tables;

	DirectoryController(DirectoryImporter importer, DirectoryTables tables) {
		this.importer = importer;
		this.tables = tables;
	}

	// --- import ---

	@PostMapping(path = "/import/{kind}", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	ImportResponse importCsv(@PathVariable String kind, @RequestBody String csv) {
		return ImportResponse.of(this.importer.importCsv(kind(kind), new StringReader(csv)));
	}

	@PostMapping(path = "/import/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ImportResponse importFile(@PathVariable String kind, @RequestPart("file") MultipartFile file) throws IOException {
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			return ImportResponse.of(this.importer.importCsv(kind(kind), reader));
		}
	}

	private static DirectoryKind kind(String text) {
		try {
			return DirectoryKind.fromPath(text);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no directory file kind '" + text + "'; one of "
					+ List.of(DirectoryKind.values()).stream().map(DirectoryKind::pathName).toList());
		}
	}

	@ExceptionHandler(ImportRejected.class)
	ProblemDetail rejected(ImportRejected ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				ex.kind().fileName() + " was not imported; nothing was changed. Fix these rows and send it again.");
		problem.setTitle("Directory file rejected");
		problem.setType(URI.create("urn:genderhub:directory-import-rejected"));
		problem.setProperty("errors", ex.errors());
		return problem;
	}

	record ImportResponse(String kind, int created, int updated, int unchanged) {

		static ImportResponse of(ImportResult result) {
			return new ImportResponse(result.kind().pathName(), result.created(), result.updated(), result.unchanged());
		}

	}

	// --- reads ---

	@Transactional(readOnly = true)
	@GetMapping("/states")
	PageView<StateView> states(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return PageView.of(this.tables.states.findAll(pageable(page, size, "code")), StateView::of);
	}

	@Transactional(readOnly = true)
	@GetMapping("/districts")
	PageView<PlaceView> districts(@RequestParam(required = false) String state,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return PageView.of(this.tables.districts.list(state, pageable(page, size, null)), PlaceView::of);
	}

	@Transactional(readOnly = true)
	@GetMapping("/blocks")
	PageView<PlaceView> blocks(@RequestParam(required = false) String district,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return PageView.of(this.tables.blocks.list(district, pageable(page, size, null)), PlaceView::of);
	}

	@Transactional(readOnly = true)
	@GetMapping("/hubs")
	PageView<HubRecord> hubs(@RequestParam(required = false) Tier tier, @RequestParam(required = false) String state,
			@RequestParam(required = false) String district, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return PageView.of(this.tables.hubs.list(tier, state, district, pageable(page, size, null)), HubRecord::of);
	}

	@Transactional(readOnly = true)
	@GetMapping("/providers")
	PageView<ProviderRecord> providers(@RequestParam(required = false) String district,
			@RequestParam(required = false) ProviderCategory category, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return PageView.of(this.tables.providers.list(district, category, pageable(page, size, null)),
				ProviderRecord::of);
	}

	@Transactional(readOnly = true)
	@GetMapping("/womens-groups")
	PageView<GroupRecord> womensGroups(@RequestParam(required = false) String district,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return PageView.of(this.tables.groups.list(district, pageable(page, size, null)), GroupRecord::of);
	}

	@Transactional(readOnly = true)
	@GetMapping("/contacts")
	PageView<ContactRecord> contacts(@RequestParam(required = false) ContactRole role,
			@RequestParam(required = false) String hub, @RequestParam(required = false) String provider,
			@RequestParam(name = "womens-group", required = false) String group,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return PageView.of(this.tables.contacts.list(role, hub, provider, group, pageable(page, size, null)),
				ContactRecord::of);
	}

	@Transactional(readOnly = true)
	@GetMapping("/saathis")
	PageView<SaathiRecord> saathis(@RequestParam(required = false) String district,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return PageView.of(this.tables.saathis.list(district, pageable(page, size, null)), SaathiRecord::of);
	}

	private static Pageable pageable(int page, int size, String sort) {
		if (page < 0) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be 0 or more");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "size must be from 1 to " + MAX_PAGE_SIZE);
		}
		return (sort != null) ? PageRequest.of(page, size, org.springframework.data.domain.Sort.by(sort))
				: PageRequest.of(page, size);
	}

	/** One page of a list. */
	record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

		static <E, T> PageView<T> of(Page<E> page, Function<E, T> map) {
			return new PageView<>(page.getContent().stream().map(map).toList(), page.getNumber(), page.getSize(),
					page.getTotalElements(), page.getTotalPages());
		}

	}

	record StateView(String code, String name, String nameHi, String lgdCode) {

		static StateView of(State s) {
			return new StateView(s.code, s.name, s.nameHi, s.lgdCode);
		}

	}

	record PlaceView(String code, String parentCode, String name, String nameHi, String lgdCode) {

		static PlaceView of(District d) {
			return new PlaceView(d.code, d.state.code, d.name, d.nameHi, d.lgdCode);
		}

		static PlaceView of(Block b) {
			return new PlaceView(b.code, b.district.code, b.name, b.nameHi, b.lgdCode);
		}

	}

	record HubRecord(String code, String name, Tier tier, String stateCode, String districtCode,
			List<String> blockCodes) {

		static HubRecord of(Hub h) {
			return new HubRecord(h.code, h.name, h.tier, h.state.code, (h.district != null) ? h.district.code : null,
					h.blocks.stream().map(b -> b.code).sorted().toList());
		}

	}

	record ProviderRecord(long id, String code, String name, ProviderCategory category, String districtCode,
			List<String> blockCodes, boolean urgentAtNight, boolean active) {

		static ProviderRecord of(Provider p) {
			return new ProviderRecord(p.id, p.code, p.name, p.category, p.district.code,
					p.blocks.stream().map(b -> b.code).sorted().toList(), p.urgentAtNight, p.active);
		}

	}

	record GroupRecord(String code, String name, String districtCode, List<String> blockCodes, boolean active) {

		static GroupRecord of(WomensGroup g) {
			return new GroupRecord(g.code, g.name, g.district.code,
					g.blocks.stream().map(b -> b.code).sorted().toList(), g.active);
		}

	}

	record ContactRecord(long id, String name, ContactRole role, String phone, String whatsapp, String email,
			String language, boolean active, int priority, String hubCode, String providerCode,
			String womensGroupCode) {

		static ContactRecord of(Contact c) {
			return new ContactRecord(c.id, c.name, c.role, c.phone, c.whatsapp, c.email, c.language.tag(), c.active,
					c.priority, (c.hub != null) ? c.hub.code : null, (c.provider != null) ? c.provider.code : null,
					(c.womensGroup != null) ? c.womensGroup.code : null);
		}

	}

	record SaathiRecord(long id, String name, String phone, String whatsapp, String language, String districtCode,
			String blockCode, String mentor, String partnerOrg, boolean active) {

		static SaathiRecord of(Saathi s) {
			return new SaathiRecord(s.id, s.name, s.phone, s.whatsapp, s.language.tag(), s.district.code,
					(s.block != null) ? s.block.code : null, s.mentor, s.partnerOrg, s.active);
		}

	}

}
