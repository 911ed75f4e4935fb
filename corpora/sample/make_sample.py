#!/usr/bin/env python3
"""Build Aisle's sample catalog: products.jsonl, queries.tsv and qrels.tsv next to this script.

Everything here is invented for Aisle (brands, model numbers, prices, texts) and may be shipped.
The catalog is made of hand-written product families; each family lists its variant dimensions
(size, colour, kit, ...) and every combination becomes one product. The output is deterministic:
no clock, no random module, only SHA-256 of fixed strings where a number must look arbitrary.

Run with Python 3.9+ and the standard library only:

    python3 corpora/sample/make_sample.py

Judging rules (applied to every query by `judge`):
  grade 2: the product satisfies the query's `exact` rule: it is what the query asks for
           (every stated constraint: type, brand, size, colour, model, ...);
  grade 1: the product satisfies the `related` rule but not `exact`: a reasonable but partial
           answer (right type but another size or brand, a close substitute, an accessory the
           query names);
  grade 0: the product satisfies the `near_miss` rule only: it shares words or a category with
           the query but does not answer it. These are written out so that engines which rank
           them high are penalised; at most NEAR_MISS_LIMIT per query, lowest ids first.
Every product matching `exact` or `related` is judged, so the judgments are complete for grades
1 and 2.
"""

import hashlib
import itertools
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
NEAR_MISS_LIMIT = 12


def unit(*parts):
    """A stable number in [0, 1) derived from the parts (SHA-256, no randomness)."""
    digest = hashlib.sha256("|".join(str(p) for p in parts).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


class Family:
    """A product line: shared text and attributes, plus variant dimensions.

    dims: list of (attribute name, [(value, title text or None, price delta), ...]).
    The title template names dims and fixed attributes in braces; the description is a list
    of hand-written sentences; `variant_sentence` (optional) is filled per variant.
    """

    def __init__(self, key, category, brand, title, model, price, dims, attrs, description,
                 variant_sentence=None, rating=4.4, reviews=120):
        self.key = key
        self.category = category
        self.brand = brand
        self.title = title
        self.model = model
        self.price = price
        self.dims = dims
        self.attrs = attrs
        self.description = description
        self.variant_sentence = variant_sentence
        self.rating = rating
        self.reviews = reviews


F = Family
FAMILIES = []


def add(*args, **kwargs):
    FAMILIES.append(Family(*args, **kwargs))


# ---------------------------------------------------------------------------------------------
# Tools
# ---------------------------------------------------------------------------------------------
KIT_20V = ("kit", [
    ("Tool Only", "(Tool Only)", 0),
    ("1 Battery and Charger", "Kit with 2.0 Ah Battery and Charger", 60),
    ("2 Batteries and Charger", "Kit with 2 Batteries, Charger and Bag", 110),
])

add("drill-driver", "Tools > Power Tools > Drills > Drill Drivers", "Torvane",
    "{brand} 20-Volt {motor} Cordless 1/2 in. Drill/Driver {kit}", "TV-DD{code}", 79.0,
    [("motor", [("Brushed", "", 0), ("Brushless", "Brushless", 40)]), KIT_20V],
    {"voltage": "20 V", "chuck_size": "1/2 in.", "power_source": "Battery", "max_torque": "530 in.-lbs."},
    ["The Torvane 20-Volt drill/driver handles everyday drilling and driving, from assembling furniture to hanging cabinets.",
     "A two-speed gearbox (0-450 and 0-1,650 RPM) and a 15-position clutch let you drive small screws without stripping them and bore large holes in framing lumber.",
     "The 1/2 in. ratcheting chuck grips bits firmly, and an LED at the foot lights the work surface.",
     "It runs on every Torvane 20-Volt battery."],
    "This listing is the {kit} configuration with a {motor} motor.", 4.7, 2400)

add("hammer-drill", "Tools > Power Tools > Drills > Hammer Drills", "Torvane",
    "{brand} 20-Volt Brushless Cordless 1/2 in. Hammer Drill {kit}", "TV-HD{code}", 139.0,
    [KIT_20V],
    {"voltage": "20 V", "chuck_size": "1/2 in.", "power_source": "Battery", "blows_per_minute": "34,000 BPM", "motor": "Brushless"},
    ["Drill into brick, block and poured concrete with the Torvane brushless hammer drill.",
     "Hammer mode delivers up to 34,000 blows per minute for anchor holes in masonry, and a collar switches it back to drill or drive mode for wood and metal.",
     "The brushless motor runs cooler and gets more holes out of each charge than a brushed motor.",
     "A 360-degree side handle keeps control when a large bit binds."],
    "Sold as: {kit}.", 4.8, 1800)

add("impact-driver", "Tools > Power Tools > Drills > Impact Drivers", "Brackwell",
    "{brand} {voltage} Cordless 1/4 in. Hex Impact Driver {kit}", "BW-ID{code}", 89.0,
    [("voltage", [("12 V", "12-Volt", -20), ("20 V", "20-Volt", 0)]), KIT_20V],
    {"power_source": "Battery", "chuck_size": "1/4 in. Hex", "max_torque": "1,800 in.-lbs."},
    ["Drive long lag screws and structural fasteners without pre-drilling with the Brackwell impact driver.",
     "Three speed settings match the power to the job, and the quick-load 1/4 in. hex collet accepts bits one-handed.",
     "Its compact head reaches between joists and into cabinets."],
    "This is the {voltage} model, {kit}.", 4.6, 950)

add("circular-saw", "Tools > Power Tools > Saws > Circular Saws", "Ironvale",
    "{brand} 15 Amp Corded 7-1/4 in. Circular Saw {extra}", "IV-CS{code}", 69.0,
    [("extra", [("Saw Only", "", 0), ("With Blade and Bag", "with 24T Blade and Bag", 15), ("With Laser Guide", "with Laser Guide", 20)])],
    {"amperage": "15 Amp", "blade_diameter": "7-1/4 in.", "power_source": "Corded", "max_bevel": "56 degrees"},
    ["This corded circular saw cuts 2x lumber at 90 degrees in one pass and bevels up to 56 degrees for angled cuts.",
     "A 15 Amp motor spins the 7-1/4 in. blade at 5,200 RPM, and the electric brake stops it within seconds of releasing the trigger.",
     "The cast aluminum shoe stays flat on long rips through plywood."],
    None, 4.5, 640)

add("recip-saw", "Tools > Power Tools > Saws > Reciprocating Saws", "Ironvale",
    "{brand} {power} Variable Speed Reciprocating Saw", "IV-RS{code}", 79.0,
    [("power", [("12 Amp Corded", "12 Amp Corded", 0), ("20 V Cordless", "20-Volt Cordless", 20)])],
    {"stroke_length": "1-1/8 in.", "max_speed": "3,000 SPM"},
    ["Demolition, plumbing and pruning jobs go faster with a reciprocating saw that cuts through nail-embedded wood, pipe and branches.",
     "The tool-free blade clamp swaps blades in seconds and a pivoting shoe keeps the blade engaged for smoother cuts.",
     "Variable speed lets you start slowly in metal and speed up once the cut is started."],
    "Power source: {power}.", 4.5, 530)

add("miter-saw", "Tools > Power Tools > Saws > Miter Saws", "Halvard",
    "{brand} 15 Amp {size} Dual-Bevel Sliding Compound Miter Saw {laser}", "HV-MS{code}", 299.0,
    [("size", [("10 in.", "10 in.", 0), ("12 in.", "12 in.", 100)]),
     ("laser", [("No Laser", "", 0), ("LED Shadow Line", "with LED Cut Line", 40)])],
    {"amperage": "15 Amp", "bevel": "Dual", "miter_range": "0-50 degrees left and right"},
    ["Cut crown, baseboard and deck boards accurately with a dual-bevel sliding miter saw that tilts both ways, so long pieces never need flipping.",
     "Positive stops at common angles and a stainless steel detent plate make repeat cuts quick.",
     "The sliding rails let the 12 in. model crosscut boards up to 16 in. wide; the 10 in. model cuts 12 in."],
    "Blade size: {size}; cut guide: {laser}.", 4.7, 410)

add("orbital-sander", "Tools > Power Tools > Sanders > Random Orbital Sanders", "Kestrom",
    "{brand} {power} 5 in. Random Orbital Sander", "KS-ROS{code}", 59.0,
    [("power", [("3 Amp Corded", "3 Amp Corded", 0), ("20 V Cordless", "20-Volt Cordless", 20)])],
    {"pad_size": "5 in.", "orbits_per_minute": "12,000 OPM", "dust_collection": "Bag and Port"},
    ["Random orbit action leaves a swirl-free finish on cabinets, furniture and trim.",
     "Hook-and-loop paper changes in seconds and the dust bag catches most of the sawdust before it spreads.",
     "A low-profile body lets you hold it close to the work for control."],
    None, 4.6, 780)

add("tape-measure", "Tools > Hand Tools > Measuring Tools > Tape Measures", "Bellmont Tool",
    "{brand} {length} x 1-1/4 in. Magnetic Tape Measure", "BT-TM{code}", 14.97,
    [("length", [("16 ft.", "16 ft.", -4), ("25 ft.", "25 ft.", 0), ("30 ft.", "30 ft.", 3), ("35 ft.", "35 ft.", 6)])],
    {"blade_width": "1-1/4 in.", "hook": "Magnetic"},
    ["A wide 1-1/4 in. blade stands out 13 ft. unsupported, so you can measure across openings alone.",
     "The magnetic end hook grabs steel studs and ductwork, and a nylon coating protects the markings from wear.",
     "The rubber overmold survives drops onto concrete."],
    "Blade length: {length}.", 4.8, 3100)

add("claw-hammer", "Tools > Hand Tools > Hammers > Claw Hammers", "Halvard",
    "{brand} {weight} {handle} Claw Hammer", "HV-CH{code}", 19.97,
    [("weight", [("16 oz.", "16 oz.", 0), ("20 oz.", "20 oz.", 4)]),
     ("handle", [("Fiberglass", "Fiberglass", 0), ("Hickory", "Hickory", 2), ("Steel", "Steel", 8)])],
    {"head": "Smooth Face", "claw": "Curved"},
    ["A forged, heat-treated head drives nails squarely and the curved claw pulls them out with leverage to spare.",
     "The handle is sized for a full swing in framing work and a choke-up grip for finish nails."],
    "Head weight {weight}; {handle} handle.", 4.7, 880)

add("socket-set", "Tools > Hand Tools > Socket Sets", "Westrow",
    "{brand} {pieces} Mechanics Tool Set with {drive} Drive", "WR-MT{code}", 49.0,
    [("pieces", [("100-Piece", "100-Piece", 0), ("200-Piece", "200-Piece", 50), ("300-Piece", "300-Piece", 100)]),
     ("drive", [("1/4 in. and 3/8 in.", "1/4 in. and 3/8 in.", 0), ("1/4 in., 3/8 in. and 1/2 in.", "1/4 in., 3/8 in. and 1/2 in.", 20)])],
    {"measurement_system": "SAE and Metric", "ratchet": "72-Tooth"},
    ["Sockets, ratchets, extensions and hex keys in SAE and metric sizes, in a blow-molded case with a place for every piece.",
     "72-tooth ratchets need only a 5-degree swing, which helps in tight engine bays.",
     "Chrome vanadium steel with a polished finish resists rust and wipes clean."],
    "This set has {pieces} with {drive} drive ratchets.", 4.7, 1500)

add("shop-vac", "Tools > Shop Vacuums > Wet Dry Vacuums", "Quarry Works",
    "{brand} {capacity} {hp} Peak HP Wet/Dry Shop Vacuum", "QW-WD{code}", 69.0,
    [("capacity", [("5 gal.", "5 gal.", 0), ("9 gal.", "9 gal.", 30), ("12 gal.", "12 gal.", 50), ("16 gal.", "16 gal.", 80)]),
     ("hp", [("4.0 HP", "4.0", 0), ("6.0 HP", "6.0", 25)])],
    {"hose": "1-7/8 in. x 7 ft.", "filter": "Cartridge"},
    ["Pick up sawdust, drywall dust and spilled water with one machine.",
     "A cartridge filter and foam sleeve switch it between dry and wet pickup, and the blower port clears leaves from the garage floor.",
     "Includes a 7 ft. hose, two extension wands, a utility nozzle and a car nozzle."],
    "Tank: {capacity}; motor: {hp} peak.", 4.6, 2100)

add("air-compressor", "Tools > Air Compressors & Air Tools > Air Compressors", "Dravik",
    "{brand} {tank} 150 PSI {style} Air Compressor", "DV-AC{code}", 129.0,
    [("tank", [("6 gal.", "6 gal.", 0), ("8 gal.", "8 gal.", 40), ("20 gal.", "20 gal.", 150)]),
     ("style", [("Pancake", "Portable Pancake", 0), ("Quiet", "Quiet", 60)])],
    {"max_pressure": "150 PSI", "power_source": "Corded Electric", "oil": "Oil-Free"},
    ["An oil-free pump fills the tank to 150 PSI to run brad nailers, staplers and inflation tools.",
     "Two couplers let two people work at once, and the regulator sets output pressure for each tool.",
     "The quiet models run at about 68 decibels, quiet enough for conversation."],
    "Tank size {tank}; {style} design.", 4.5, 690)

add("work-gloves", "Tools > Safety Equipment > Work Gloves", "Ruston & Hale",
    "{brand} Leather Palm Work Gloves {size} ({pack})", "RH-WG{code}", 9.98,
    [("size", [("Medium", "Medium", 0), ("Large", "Large", 0), ("X-Large", "X-Large", 0)]),
     ("pack", [("1-Pair", "1-Pair", 0), ("3-Pair", "3-Pair", 14)])],
    {"material": "Cowhide Leather"},
    ["Grain cowhide palms resist abrasion when handling lumber, block and fencing, while a breathable back keeps hands cooler.",
     "A knit wrist keeps debris out and a pull tab makes them easy to put on."],
    None, 4.5, 470)

# ---------------------------------------------------------------------------------------------
# Hardware
# ---------------------------------------------------------------------------------------------
add("deck-screws", "Hardware > Fasteners > Screws > Deck Screws", "Fastenwell",
    "{brand} #{gauge} x {length} Star Drive Exterior Deck Screws in {color} ({amount})", "FW-DS{code}", 9.97,
    [("gauge", [("8", None, 0), ("10", None, 2)]),
     ("length", [("2 in.", "2 in.", 0), ("2-1/2 in.", "2-1/2 in.", 1), ("3 in.", "3 in.", 2)]),
     ("color", [("Tan", "Tan", 0), ("Gray", "Gray", 0)]),
     ("amount", [("1 lb. Box", "1 lb. Box", 0), ("5 lb. Box", "5 lb. Box", 30)])],
    {"drive": "T25 Star", "coating": "Ceramic", "material": "Steel"},
    ["Ceramic-coated steel screws for pressure-treated lumber decks, fences and docks.",
     "The T25 star drive does not cam out, the Type 17 point starts without pre-drilling, and nibs under the head countersink cleanly.",
     "Approved for use with ACQ and other treated lumber."],
    "Colour {color} blends with weathered boards.", 4.7, 900)

add("wood-screws", "Hardware > Fasteners > Screws > Wood Screws", "Fastenwell",
    "{brand} #{gauge} x {length} Phillips Flat Head Zinc-Plated Wood Screws ({amount})", "FW-WS{code}", 4.98,
    [("gauge", [("6", None, 0), ("8", None, 0.5), ("10", None, 1)]),
     ("length", [("3/4 in.", "3/4 in.", 0), ("1-1/4 in.", "1-1/4 in.", 0.5), ("2 in.", "2 in.", 1)]),
     ("amount", [("25-Pack", "25-Pack", 0), ("100-Pack", "100-Pack", 5)])],
    {"drive": "Phillips", "finish": "Zinc-Plated", "head": "Flat"},
    ["General-purpose wood screws for furniture, cabinets and indoor projects.",
     "Zinc plating resists corrosion in dry indoor locations; the flat head sits flush in a countersunk hole."],
    None, 4.6, 300)

add("drywall-anchors", "Hardware > Fasteners > Anchors > Drywall Anchors", "Holdrite Hardware",
    "{brand} {rating} Self-Drilling Drywall Anchors with Screws ({amount})", "HR-DA{code}", 6.47,
    [("rating", [("50 lb.", "50 lb.", 0), ("75 lb.", "75 lb.", 1.5)]),
     ("amount", [("20-Pack", "20-Pack", 0), ("50-Pack", "50-Pack", 7)])],
    {"material": "Zinc", "wall_type": "1/2 in. Drywall"},
    ["Screw these anchors straight into 1/2 in. drywall with a Phillips bit; no pilot hole needed.",
     "Use them for mirrors, shelves, curtain rods and towel bars where there is no stud behind the wall."],
    "Each anchor holds up to {rating} in shear.", 4.4, 1200)

add("entry-knob", "Hardware > Door Hardware > Door Knobs > Entry Door Knobs", "Latchford",
    "{brand} {style} Keyed Entry Door Knob in {finish}", "LF-EK{code}", 24.98,
    [("style", [("Ball", "Ball", 0), ("Tulip", "Tulip", 3), ("Round", "Round", 0)]),
     ("finish", [("Satin Nickel", "Satin Nickel", 0), ("Matte Black", "Matte Black", 2), ("Aged Bronze", "Aged Bronze", 2), ("Polished Brass", "Polished Brass", 0)])],
    {"function": "Keyed Entry", "security_grade": "Grade 3", "backset": "Adjustable 2-3/8 in. or 2-3/4 in."},
    ["A keyed entry knob for front, back and garage entry doors.",
     "The adjustable latch fits either standard backset and installs with a screwdriver in about ten minutes.",
     "Two keys are included; the cylinder can be rekeyed by a locksmith to match existing locks."],
    "Finish: {finish}.", 4.5, 610)

add("deadbolt", "Hardware > Door Hardware > Deadbolts", "Latchford",
    "{brand} {type} Deadbolt in {finish}", "LF-DB{code}", 22.98,
    [("type", [("Single Cylinder", "Single Cylinder", 0), ("Double Cylinder", "Double Cylinder", 8)]),
     ("finish", [("Satin Nickel", "Satin Nickel", 0), ("Matte Black", "Matte Black", 2), ("Aged Bronze", "Aged Bronze", 2)])],
    {"security_grade": "Grade 2", "bolt_throw": "1 in."},
    ["A 1 in. hardened steel bolt and reinforced strike plate resist kick-in attempts.",
     "Single cylinder models turn with a thumb latch inside; double cylinder models need a key on both sides, for doors next to glass."],
    None, 4.6, 540)

add("smart-lock", "Hardware > Door Hardware > Smart Locks", "Keyline",
    "{brand} {connect} Keypad Smart Deadbolt in {finish}", "KL-SL{code}", 149.0,
    [("connect", [("Bluetooth", "Bluetooth", 0), ("Wi-Fi", "Wi-Fi", 50)]),
     ("finish", [("Satin Nickel", "Satin Nickel", 0), ("Matte Black", "Matte Black", 0)])],
    {"power": "4 AA Batteries", "codes": "Up to 30 user codes"},
    ["Unlock with a code, your phone or the backup key.",
     "Give family members and guests their own codes and set schedules for cleaners or dog walkers.",
     "Auto-lock relocks the door after a delay you choose, and a low-battery warning shows weeks ahead."],
    "Connectivity: {connect}; the Wi-Fi model works remotely without a separate hub.", 4.3, 720)

add("cabinet-pull", "Hardware > Cabinet Hardware > Cabinet Pulls", "Brassmoor",
    "{brand} {center} Center-to-Center Bar Pull in {finish} ({pack})", "BM-BP{code}", 3.98,
    [("center", [("3 in.", "3 in.", 0), ("3-3/4 in.", "3-3/4 in.", 0.5), ("5-1/16 in.", "5-1/16 in.", 1), ("6-5/16 in.", "6-5/16 in.", 1.5)]),
     ("finish", [("Matte Black", "Matte Black", 0), ("Brushed Nickel", "Brushed Nickel", 0), ("Brushed Gold", "Brushed Gold", 0.5)]),
     ("pack", [("1-Pack", "1-Pack", 0), ("10-Pack", "10-Pack", 28)])],
    {"material": "Zinc Alloy", "style": "Modern"},
    ["Slim bar pulls for kitchen cabinets, bath vanities and dressers.",
     "Solid zinc alloy with a durable plated finish; 8-32 machine screws for 3/4 in. doors are included."],
    "Hole spacing is {center} center to center.", 4.7, 2600)

add("padlock", "Hardware > Safety & Security > Padlocks", "Wardell Lock",
    "{brand} {width} Laminated Steel Padlock ({keying})", "WL-PL{code}", 9.97,
    [("width", [("40 mm", "40 mm", 0), ("50 mm", "50 mm", 4)]),
     ("keying", [("Keyed Different", "Keyed Different", 0), ("2-Pack Keyed Alike", "2-Pack, Keyed Alike", 9)])],
    {"shackle": "Hardened Boron", "body": "Laminated Steel"},
    ["Laminated steel body with a hardened shackle for sheds, gates, trailers and toolboxes.",
     "A weather cover keeps grit out of the keyway."],
    None, 4.5, 330)

# ---------------------------------------------------------------------------------------------
# Electrical
# ---------------------------------------------------------------------------------------------
add("gfci", "Electrical > Wiring Devices > Outlets > GFCI Outlets", "Voltwell",
    "{brand} {amps} Self-Test Tamper-Resistant GFCI Outlet in {color} ({pack})", "VW-GF{code}", 17.97,
    [("amps", [("15 Amp", "15 Amp", 0), ("20 Amp", "20 Amp", 3)]),
     ("color", [("White", "White", 0), ("Light Almond", "Light Almond", 0), ("Black", "Black", 1)]),
     ("pack", [("1-Pack", "1-Pack", 0), ("4-Pack", "4-Pack", 48)])],
    {"voltage": "125 V", "weather_resistant": "Yes", "wall_plate": "Included"},
    ["Ground-fault protection trips in milliseconds when current leaks to ground, which is why code calls for it in kitchens, baths, garages and outdoors.",
     "The outlet tests itself automatically and its LED flashes if protection is lost.",
     "Tamper-resistant shutters keep objects out of the slots."],
    "Rated {amps}, {color}.", 4.7, 1900)

add("dimmer", "Electrical > Wiring Devices > Light Switches > Dimmer Switches", "Circuitra",
    "{brand} {type} LED Dimmer Switch in {color}", "CT-DM{code}", 19.97,
    [("type", [("Single-Pole/3-Way Slide", "Slide", 0), ("Single-Pole Rotary", "Rotary", -4), ("Wi-Fi Smart", "Wi-Fi Smart", 20)]),
     ("color", [("White", "White", 0), ("Ivory", "Ivory", 0)])],
    {"load": "150 W LED / 600 W Incandescent"},
    ["Dim LED, CFL and incandescent bulbs without flicker or buzz.",
     "A range-adjust dial sets the lowest level so dimmable LEDs stay steady at low light.",
     "Fits a standard single-gang box; a matching wall plate is sold separately."],
    "Control style: {type}.", 4.4, 860)

add("outdoor-cord", "Electrical > Extension Cords > Outdoor Extension Cords", "Amperon",
    "{brand} {length} {gauge} Outdoor Extension Cord with Lighted End in {color}", "AP-EC{code}", 19.97,
    [("length", [("25 ft.", "25 ft.", 0), ("50 ft.", "50 ft.", 12), ("100 ft.", "100 ft.", 35)]),
     ("gauge", [("16/3", "16/3", 0), ("12/3", "12/3", 15)]),
     ("color", [("Orange", "Orange", 0), ("Green", "Green", 0)])],
    {"jacket": "Vinyl SJTW", "rating": "13 Amp (16/3), 15 Amp (12/3)"},
    ["A weather-resistant vinyl jacket stays flexible in the cold, and the lighted end shows at a glance that the cord is live.",
     "Use 12/3 cords for high-draw tools such as saws, compressors and pressure washers; 16/3 is fine for trimmers, lights and fans."],
    "This cord is {length} long, {gauge} gauge.", 4.7, 1400)

add("surge-protector", "Electrical > Power Strips & Surge Protectors > Surge Protectors", "Gridline",
    "{brand} {outlets} Surge Protector with {cord} Cord {usb}", "GL-SP{code}", 14.97,
    [("outlets", [("6-Outlet", "6-Outlet", 0), ("8-Outlet", "8-Outlet", 5), ("12-Outlet", "12-Outlet", 12)]),
     ("usb", [("No USB", "", 0), ("2 USB-A and 1 USB-C", "and USB-A/USB-C Ports", 8)]),
     ("cord", [("4 ft.", "4 ft.", 0), ("8 ft.", "8 ft.", 3)])],
    {"joules": "2,160 Joules", "plug": "Right-Angle Flat Plug"},
    ["Protects TVs, computers and game consoles from voltage spikes with a 2,160 joule rating.",
     "A flat right-angle plug lets furniture sit close to the wall, and widely spaced outlets take bulky adapters."],
    None, 4.6, 2300)

add("smart-plug", "Electrical > Smart Home > Smart Plugs", "Switchcraft Home",
    "{brand} Mini Wi-Fi Smart Plug ({pack})", "SH-SP{code}", 12.97,
    [("pack", [("1-Pack", "1-Pack", 0), ("2-Pack", "2-Pack", 9), ("4-Pack", "4-Pack", 20)])],
    {"connectivity": "2.4 GHz Wi-Fi", "max_load": "15 Amp", "voice": "Works with major voice assistants"},
    ["Turn lamps, fans and holiday lights on and off from your phone or by voice.",
     "Set schedules and away mode, and group plugs into scenes; no hub needed.",
     "The compact body leaves the second outlet free."],
    None, 4.5, 3400)

add("generator", "Electrical > Generators > Portable Generators", "Sparkton",
    "{brand} {watts} {fuel} Portable Generator with {start}", "SK-PG{code}", 549.0,
    [("watts", [("3,600-Watt", "3,600-Watt", 0), ("5,500-Watt", "5,500-Watt", 250), ("9,500-Watt", "9,500-Watt", 600)]),
     ("fuel", [("Gasoline", "Gas Powered", 0), ("Dual Fuel", "Dual Fuel", 120)]),
     ("start", [("Recoil Start", "Recoil Start", 0), ("Electric Start", "Electric Start", 100)])],
    {"outlets": "120V and 120/240V", "co_shutoff": "Yes"},
    ["Keep the refrigerator, sump pump and lights running through a power outage.",
     "A carbon monoxide sensor shuts the engine down if gas builds up, and a fuel gauge shows how much runtime is left.",
     "Dual fuel models run on gasoline or propane.",
     "Never run a generator indoors or in a garage."],
    "Running output: {watts}; fuel: {fuel}; {start}.", 4.5, 380)

add("nm-wire", "Electrical > Wire > Electrical Wire > NM-B Wire", "Wirewise",
    "{brand} {length} {gauge} Solid Copper NM-B Wire", "WW-NM{code}", 59.0,
    [("length", [("25 ft.", "25 ft.", -35), ("50 ft.", "50 ft.", -20), ("250 ft.", "250 ft.", 60)]),
     ("gauge", [("14/2", "14/2", 0), ("12/2", "12/2", 25), ("12/3", "12/3", 55)])],
    {"conductor": "Solid Copper", "rating": "600 V, 90 C"},
    ["Non-metallic sheathed cable for dry indoor branch circuits.",
     "14-gauge cable is for 15 Amp lighting circuits; 12-gauge for 20 Amp outlet circuits.",
     "Check local code before you buy."],
    None, 4.8, 260)

add("doorbell", "Electrical > Smart Home > Video Doorbells", "Northbeam Electric",
    "{brand} {res} {power} Video Doorbell", "NB-VD{code}", 79.0,
    [("res", [("1080p", "1080p HD", 0), ("2K", "2K", 40)]), ("power", [("Wired", "Wired", 0), ("Battery", "Battery", 20)])],
    {"field_of_view": "160 degrees", "storage": "Local microSD or cloud"},
    ["See, hear and speak to visitors from your phone.",
     "Motion zones ignore passing cars, and night vision shows the porch in the dark.",
     "Recordings stay on a microSD card, with optional cloud backup."],
    "Video: {res}; power: {power}.", 4.2, 1100)

# ---------------------------------------------------------------------------------------------
# Plumbing
# ---------------------------------------------------------------------------------------------
FAUCET_FINISHES = ("finish", [("Chrome", "Chrome", 0), ("Brushed Nickel", "Brushed Nickel", 20),
                              ("Matte Black", "Matte Black", 25), ("Champagne Bronze", "Champagne Bronze", 40)])

add("pulldown-faucet", "Plumbing > Kitchen Faucets > Pull-Down Kitchen Faucets", "Aquaverne",
    "{brand} {series} Single-Handle Pull-Down Kitchen Faucet in {finish}", "AV-KF{code}", 149.0,
    [("series", [("Harlow", "Harlow", 0), ("Arden Touchless", "Arden Touchless", 90)]), FAUCET_FINISHES],
    {"flow_rate": "1.8 GPM", "spray_settings": "3", "installation": "1 or 3 Hole"},
    ["A magnetic docking spray head snaps back into place, and three spray modes switch between stream, spray and a power blade for stuck-on food.",
     "The high-arc spout swivels 360 degrees over double-bowl sinks.",
     "A ceramic disc cartridge is drip-free for life, and a deck plate covers extra holes."],
    "Finish: {finish}. The touchless model turns on with a wave.", 4.6, 2700)

add("bath-faucet", "Plumbing > Bathroom Faucets > Single Hole Bathroom Faucets", "Aquaverne",
    "{brand} Lyndale Single Hole Single-Handle Bathroom Faucet {drain} in {finish}", "AV-BF{code}", 79.0,
    [FAUCET_FINISHES, ("drain", [("No Drain", "", 0), ("With Drain", "with Drain Assembly", 15)])],
    {"flow_rate": "1.2 GPM", "certification": "WaterSense"},
    ["A slim single-handle faucet for vanity sinks.",
     "The 1.2 GPM aerator uses 20% less water than the federal standard without feeling weak.",
     "Supply lines are pre-attached for a faster install."],
    None, 4.6, 1500)

add("widespread-faucet", "Plumbing > Bathroom Faucets > Widespread Bathroom Faucets", "Fontaine & Stone",
    "{brand} Kinsley 8 in. Widespread 2-Handle Bathroom Faucet in {finish}", "FS-WF{code}", 139.0,
    [FAUCET_FINISHES],
    {"flow_rate": "1.2 GPM", "handles": "2 Lever"},
    ["Traditional two-handle styling for three-hole vanities with 8 in. to 16 in. spacing.",
     "Quarter-turn ceramic valves and a metal pop-up drain are included."],
    None, 4.5, 420)

add("toilet", "Plumbing > Toilets > Two-Piece Toilets", "Cascadia Bath",
    "{brand} {shape} {flush} Two-Piece Toilet in {color}", "CB-TT{code}", 189.0,
    [("shape", [("Round", "Round", 0), ("Elongated Comfort Height", "Elongated Comfort Height", 40)]),
     ("flush", [("1.28 GPF", "1.28 GPF", 0), ("1.1/1.6 GPF Dual Flush", "Dual Flush", 30)]),
     ("color", [("White", "White", 0), ("Biscuit", "Biscuit", 20)])],
    {"rough_in": "12 in.", "seat": "Sold Separately"},
    ["A powerful gravity flush clears the bowl with 1.28 gallons or less, saving thousands of gallons a year over older 3.5-gallon toilets.",
     "A glazed trapway helps prevent clogs.",
     "Comfort height bowls are about 2 in. taller than standard, like a chair."],
    "Bowl: {shape}; flush: {flush}; colour: {color}.", 4.5, 980)

add("shower-head", "Plumbing > Shower Heads > Handheld Shower Heads", "Tidemark",
    "{brand} {modes} Handheld Shower Head with 5 ft. Hose in {finish}", "TM-HS{code}", 34.97,
    [("modes", [("3-Spray", "3-Spray", 0), ("7-Spray", "7-Spray", 12)]), FAUCET_FINISHES],
    {"flow_rate": "1.8 GPM", "hose": "5 ft. Stainless Steel"},
    ["Rinse the tub, bathe children and pets, or clean shower walls with a handheld head on a 5 ft. hose.",
     "Rubber nozzles wipe free of mineral buildup, and the bracket angles the head up or down."],
    None, 4.5, 1800)

add("water-heater", "Plumbing > Water Heaters > Tank Water Heaters", "Wellsbury",
    "{brand} {capacity} {fuel} Tank Water Heater with {warranty} Warranty", "WB-WH{code}", 599.0,
    [("capacity", [("40 gal.", "40 gal.", 0), ("50 gal.", "50 gal.", 100)]),
     ("fuel", [("Natural Gas", "Natural Gas", 150), ("Electric", "Electric", 0)]),
     ("warranty", [("6-Year", "6-Year", 0), ("12-Year", "12-Year", 180)])],
    {"height": "Tall", "anode": "Magnesium"},
    ["A replacement tank water heater sized for households of two to five people.",
     "A glass-lined tank and magnesium anode rod resist corrosion.",
     "Check your venting (gas) or circuit (electric, 240 V / 30 A) before you order."],
    "{capacity}, {fuel}, {warranty} limited tank warranty.", 4.4, 520)

add("tankless", "Plumbing > Water Heaters > Tankless Water Heaters", "Wellsbury",
    "{brand} {gpm} {fuel} Tankless Water Heater", "WB-TL{code}", 599.0,
    [("gpm", [("6.6 GPM", "6.6 GPM", 0), ("9.8 GPM", "9.8 GPM", 300)]), ("fuel", [("Indoor Natural Gas", "Indoor Natural Gas", 0), ("Electric", "Electric", -200)])],
    {"installation": "Wall Mount"},
    ["Endless hot water on demand, heated only when a tap opens, so no energy goes into keeping a tank warm.",
     "The wall-mount unit frees floor space in utility closets."],
    None, 4.3, 240)

add("under-sink-filter", "Plumbing > Water Filtration > Under Sink Water Filters", "Clearspring",
    "{brand} {stages} Under Sink Reverse Osmosis Water Filtration System", "CS-RO{code}", 169.0,
    [("stages", [("5-Stage", "5-Stage", 0), ("7-Stage Alkaline", "7-Stage Alkaline", 60)])],
    {"capacity": "75 GPD", "faucet": "Included"},
    ["Reverse osmosis removes lead, chlorine, fluoride and dissolved solids for better drinking water and ice.",
     "A dedicated brushed nickel faucet and quick-change cartridges are included."],
    None, 4.5, 640)

add("sump-pump", "Plumbing > Pumps > Sump Pumps", "Drainmaster Pro",
    "{brand} {hp} Submersible Sump Pump with {switch}", "DM-SP{code}", 119.0,
    [("hp", [("1/3 HP", "1/3 HP", 0), ("1/2 HP", "1/2 HP", 40)]),
     ("switch", [("Tethered Float Switch", "Tethered Float Switch", 0), ("Vertical Switch", "Vertical Float Switch", 15)])],
    {"material": "Cast Iron", "discharge": "1-1/2 in."},
    ["A cast iron pump that cools itself in the pit and keeps basements dry through heavy rain.",
     "Vertical switches fit narrow pits; tethered floats suit wide ones."],
    None, 4.6, 770)

add("pex", "Plumbing > Pipe & Fittings > PEX Pipe", "Flowmont",
    "{brand} {size} x {length} PEX-B Pipe in {color}", "FM-PX{code}", 14.97,
    [("size", [("1/2 in.", "1/2 in.", 0), ("3/4 in.", "3/4 in.", 8)]),
     ("length", [("10 ft.", "10 ft.", 0), ("100 ft.", "100 ft.", 30)]),
     ("color", [("Red", "Red", 0), ("Blue", "Blue", 0), ("White", "White", 0)])],
    {"material": "Cross-Linked Polyethylene", "max_temperature": "200 F"},
    ["Flexible PEX-B tubing for hot and cold water supply lines.",
     "Colour-code runs: red for hot, blue for cold, white for either.",
     "Connect it with crimp, clamp or push-to-connect fittings."],
    None, 4.7, 410)

# ---------------------------------------------------------------------------------------------
# Paint
# ---------------------------------------------------------------------------------------------
add("interior-paint", "Paint > Interior Paint > Wall Paint", "Colorhaven",
    "{brand} Signature {size} {sheen} Interior Paint and Primer in {color}", "CH-IP{code}", 32.98,
    [("size", [("1 qt.", "1 qt.", -16), ("1 gal.", "1 gal.", 0), ("5 gal.", "5 gal.", 120)]),
     ("sheen", [("Flat", "Flat", 0), ("Eggshell", "Eggshell", 1), ("Satin", "Satin", 2), ("Semi-Gloss", "Semi-Gloss", 3)]),
     ("color", [("Bright White", "Bright White", 0), ("Soft Linen", "Soft Linen", 0), ("Driftwood Gray", "Driftwood Gray", 0)])],
    {"base": "Water-Based Acrylic", "voc": "Low VOC", "coverage": "400 sq. ft. per gal."},
    ["A one-coat paint and primer that covers most colour changes and dries to the touch in an hour.",
     "The scrubbable film stands up to fingerprints and scuffs in hallways and kids' rooms.",
     "Low odour, with soap and water cleanup."],
    "Sheen: {sheen}. Colour: {color}. Flat hides wall flaws; satin and semi-gloss wipe clean more easily.", 4.6, 5100)

add("exterior-paint", "Paint > Exterior Paint > House Paint", "Truecoat",
    "{brand} Longwear {size} {sheen} Exterior Paint and Primer in {color}", "TC-EP{code}", 42.98,
    [("size", [("1 gal.", "1 gal.", 0), ("5 gal.", "5 gal.", 150)]),
     ("sheen", [("Flat", "Flat", 0), ("Satin", "Satin", 2), ("Semi-Gloss", "Semi-Gloss", 3)]),
     ("color", [("Bright White", "Bright White", 0), ("Midnight Navy", "Midnight Navy", 0), ("Charcoal", "Charcoal", 0)])],
    {"base": "100% Acrylic", "min_temperature": "35 F"},
    ["A 100% acrylic exterior paint that resists cracking, peeling and fading on siding, trim, brick and stucco.",
     "Apply down to 35 F, and it is rain-ready in 90 minutes."],
    None, 4.5, 1200)

add("spray-paint", "Paint > Spray Paint > General Purpose Spray Paint", "Sheenly",
    "{brand} 12 oz. {sheen} {color} General Purpose Spray Paint", "SL-SPR{code}", 5.98,
    [("sheen", [("Gloss", "Gloss", 0), ("Flat", "Flat", 0), ("Satin", "Satin", 0)]),
     ("color", [("Black", "Black", 0), ("White", "White", 0), ("Cherry Red", "Cherry Red", 0), ("Navy Blue", "Navy Blue", 0), ("Hammered Bronze", "Hammered Bronze", 1)])],
    {"size": "12 oz.", "surfaces": "Wood, Metal, Plastic, Masonry"},
    ["Paint and primer in one for wood, metal, plastic and masonry.",
     "An any-angle valve sprays even upside down, and it dries to the touch in 20 minutes."],
    None, 4.4, 2200)

add("deck-stain", "Paint > Exterior Stain > Deck Stain", "Everstain",
    "{brand} {size} {opacity} Waterproofing Deck Stain in {color}", "ES-DK{code}", 34.98,
    [("size", [("1 gal.", "1 gal.", 0), ("5 gal.", "5 gal.", 120)]),
     ("opacity", [("Semi-Transparent", "Semi-Transparent", 0), ("Solid Color", "Solid Color", 4)]),
     ("color", [("Natural Cedar", "Natural Cedar", 0), ("Chestnut Brown", "Chestnut Brown", 0), ("Slate Gray", "Slate Gray", 0)])],
    {"base": "Water-Based", "coverage": "250 sq. ft. per gal."},
    ["Seal and colour decks, fences and outdoor furniture in one coat.",
     "Semi-transparent stains let the grain show; solid colors hide weathered wood.",
     "Walk on it after 4 hours."],
    None, 4.2, 860)

add("paint-brush", "Paint > Paint Applicators > Paint Brushes", "Brushwell",
    "{brand} {width} Angled Sash Paint Brush", "BWL-AS{code}", 8.97,
    [("width", [("1-1/2 in.", "1-1/2 in.", 0), ("2 in.", "2 in.", 2), ("2-1/2 in.", "2-1/2 in.", 4), ("3 in.", "3 in.", 6)])],
    {"bristle": "Nylon/Polyester", "handle": "Short Handle"},
    ["Cut crisp lines along ceilings and trim with an angled nylon/polyester brush that holds plenty of paint.",
     "Works with all latex and oil paints and stains."],
    None, 4.7, 900)

add("roller-cover", "Paint > Paint Applicators > Roller Covers", "Rollright",
    "{brand} 9 in. x {nap} Nap Woven Roller Cover ({pack})", "RR-RC{code}", 5.47,
    [("nap", [("3/8 in.", "3/8 in.", 0), ("1/2 in.", "1/2 in.", 0.5), ("3/4 in.", "3/4 in.", 1)]),
     ("pack", [("1-Pack", "1-Pack", 0), ("3-Pack", "3-Pack", 8)])],
    {"width": "9 in.", "material": "Woven Fabric"},
    ["Shed-resistant woven fabric leaves a smooth finish.",
     "Use 3/8 in. nap on smooth walls, 1/2 in. on lightly textured walls and 3/4 in. on stucco, block and brick."],
    None, 4.5, 700)

add("caulk", "Paint > Caulk & Sealants > Silicone Caulk", "Covermore",
    "{brand} 10.1 oz. {type} Silicone Caulk in {color}", "CM-SC{code}", 7.48,
    [("type", [("Kitchen and Bath", "Kitchen and Bath", 0), ("Window and Door", "Window and Door", 0)]),
     ("color", [("White", "White", 0), ("Clear", "Clear", 0), ("Almond", "Almond", 0)])],
    {"size": "10.1 oz.", "cure_time": "24 hours"},
    ["100% silicone stays flexible and waterproof around tubs, sinks, windows and doors.",
     "Mold-resistant; shower-ready in 30 minutes.",
     "Not paintable."],
    None, 4.5, 1300)

add("painters-tape", "Paint > Painting Supplies > Painter's Tape", "Primewall",
    "{brand} {width} x 60 yd. Multi-Surface Painter's Tape ({pack})", "PW-PT{code}", 6.97,
    [("width", [("0.94 in.", "0.94 in.", 0), ("1.41 in.", "1.41 in.", 1.5), ("1.88 in.", "1.88 in.", 2.5)]),
     ("pack", [("1-Roll", "1-Roll", 0), ("3-Roll", "3-Roll", 11)])],
    {"length": "60 yd.", "removal": "Clean removal up to 14 days"},
    ["Sharp paint lines on walls, trim, glass and metal; removes cleanly for up to 14 days."],
    None, 4.6, 2500)

# ---------------------------------------------------------------------------------------------
# Lawn & Garden
# ---------------------------------------------------------------------------------------------
add("push-mower", "Lawn & Garden > Outdoor Power Equipment > Lawn Mowers > Push Lawn Mowers", "Greenhollow",
    "{brand} {deck} {power} Push Lawn Mower", "GH-PM{code}", 279.0,
    [("deck", [("20 in.", "20 in.", 0), ("21 in.", "21 in.", 30)]),
     ("power", [("140cc Gas", "140cc Gas", 0), ("40 V Cordless with 5.0 Ah Battery", "40-Volt Cordless", 120)])],
    {"cutting_heights": "6 positions, 1.25 in. to 3.75 in.", "functions": "Mulch, Bag, Side Discharge"},
    ["A 3-in-1 push mower that mulches, bags or side-discharges clippings.",
     "A single lever sets the cutting height on all four wheels.",
     "Cordless models start with a button and fold flat for wall storage."],
    "Deck: {deck}; power: {power}.", 4.5, 1300)

add("sp-mower", "Lawn & Garden > Outdoor Power Equipment > Lawn Mowers > Self-Propelled Lawn Mowers", "Yardcrest",
    "{brand} 21 in. {power} {drive} Self-Propelled Lawn Mower", "YC-SM{code}", 399.0,
    [("power", [("163cc Gas", "163cc Gas", 0), ("56 V Cordless", "56-Volt Cordless", 150)]),
     ("drive", [("Front Wheel Drive", "FWD", 0), ("Rear Wheel Drive", "RWD", 60)])],
    {"deck": "21 in. Steel", "bag": "Rear Bag Included"},
    ["Self-propelled drive does the pushing on hills and large yards.",
     "Rear wheel drive keeps traction as the bag fills; front wheel drive turns more easily around beds."],
    "{power}, {drive}.", 4.4, 760)

add("string-trimmer", "Lawn & Garden > Outdoor Power Equipment > String Trimmers", "Greenhollow",
    "{brand} 40-Volt Cordless {swath} String Trimmer {kit}", "GH-ST{code}", 99.0,
    [("swath", [("13 in.", "13 in.", 0), ("15 in.", "15 in.", 30)]),
     ("kit", [("Tool Only", "(Tool Only)", 0), ("2.5 Ah Battery and Charger", "with 2.5 Ah Battery and Charger", 70)])],
    {"voltage": "40 V", "line": "0.080 in. Dual Line Bump Feed"},
    ["Trim along fences, beds and walks without cords or mixing fuel.",
     "The dual-line bump head feeds line with a tap, and the head rotates for edging."],
    None, 4.5, 1600)

add("leaf-blower", "Lawn & Garden > Outdoor Power Equipment > Leaf Blowers", "Meadowline",
    "{brand} {power} {cfm} Handheld Leaf Blower", "ML-LB{code}", 129.0,
    [("power", [("40 V Cordless", "40-Volt Cordless", 0), ("25cc Gas", "25cc Gas", -20)]),
     ("cfm", [("500 CFM", "500 CFM", 0), ("730 CFM", "730 CFM", 50)])],
    {"variable_speed": "Yes", "turbo": "Yes"},
    ["Clear leaves, clippings and dust from driveways, decks and garages.",
     "A variable-speed trigger and turbo button give extra push for wet leaves."],
    None, 4.6, 1150)

add("chainsaw", "Lawn & Garden > Outdoor Power Equipment > Chainsaws", "Turfmaster Pro",
    "{brand} {bar} {power} Chainsaw", "TP-CS{code}", 179.0,
    [("bar", [("14 in.", "14 in.", 0), ("16 in.", "16 in.", 20), ("18 in.", "18 in.", 50)]),
     ("power", [("56 V Cordless", "56-Volt Cordless", 40), ("42cc Gas", "42cc Gas", 0)])],
    {"oiler": "Automatic", "chain_tensioning": "Tool-Free"},
    ["Cut firewood, clear storm damage and fell small trees.",
     "An automatic oiler keeps the bar and chain lubricated, and tool-free tensioning makes chain adjustments quick.",
     "Always wear chaps, gloves and eye and hearing protection."],
    None, 4.5, 690)

add("pressure-washer", "Lawn & Garden > Outdoor Power Equipment > Pressure Washers", "Sodwell",
    "{brand} {psi} {gpm} {power} Pressure Washer", "SW-PW{code}", 179.0,
    [("psi", [("2000 PSI", "2000 PSI", 0), ("3100 PSI", "3100 PSI", 160)]),
     ("gpm", [("1.2 GPM", "1.2 GPM", 0), ("2.5 GPM", "2.5 GPM", 80)]),
     ("power", [("Electric", "Electric", 0), ("Gas", "Gas", 120)])],
    {"nozzles": "5 Quick-Connect", "hose": "25 ft."},
    ["Blast dirt and mildew off decks, siding, driveways and cars.",
     "Five quick-connect nozzles go from a gentle soap spray to a 0-degree jet, and an onboard detergent tank saves a trip to the bucket."],
    "Pressure {psi} at {gpm}; {power} powered.", 4.4, 980)

add("garden-hose", "Lawn & Garden > Watering & Irrigation > Garden Hoses", "Fernbrook",
    "{brand} {diameter} x {length} Kink-Resistant Heavy-Duty Garden Hose", "FB-GH{code}", 24.97,
    [("diameter", [("5/8 in.", "5/8 in.", 0), ("3/4 in.", "3/4 in.", 10)]),
     ("length", [("25 ft.", "25 ft.", -8), ("50 ft.", "50 ft.", 0), ("75 ft.", "75 ft.", 10), ("100 ft.", "100 ft.", 20)])],
    {"material": "Hybrid Polymer", "couplings": "Crush-Proof Brass"},
    ["A hybrid polymer hose that lies flat and resists kinks, with crush-proof brass couplings.",
     "It stays flexible down to freezing and is drinking-water safe."],
    "Length {length}, {diameter} inside diameter.", 4.6, 2100)

add("planter", "Lawn & Garden > Garden Center > Planters > Pots & Planters", "Bramblewood",
    "{brand} {size} Round Self-Watering {material} Planter in {color}", "BW-PL{code}", 19.97,
    [("size", [("10 in.", "10 in.", 0), ("12 in.", "12 in.", 6), ("16 in.", "16 in.", 15)]),
     ("material", [("Resin", "Resin", 0), ("Ceramic", "Ceramic", 15)]),
     ("color", [("Charcoal", "Charcoal", 0), ("White", "White", 0), ("Terracotta", "Terracotta", 0)])],
    {"drainage": "Reservoir with Overflow"},
    ["A hidden reservoir wicks water up to the roots for up to two weeks between waterings.",
     "Good for herbs, flowers and houseplants on patios and porches."],
    None, 4.4, 520)

add("potting-mix", "Lawn & Garden > Garden Center > Soil > Potting Soil", "Thistledown",
    "{brand} {volume} {type} Potting Mix", "TD-PM{code}", 8.97,
    [("volume", [("8 qt.", "8 qt.", 0), ("1.5 cu. ft.", "1.5 cu. ft.", 6)]),
     ("type", [("All-Purpose", "All-Purpose", 0), ("Organic", "Organic", 2), ("Cactus and Succulent", "Cactus and Succulent", 1)])],
    {"feeds_for": "Up to 6 months"},
    ["A light, well-draining mix for containers.",
     "Slow-release plant food feeds for up to six months; the organic blend is listed for organic gardening."],
    None, 4.5, 890)

add("grass-seed", "Lawn & Garden > Lawn Care > Grass Seed", "Orchardly",
    "{brand} {weight} {mix} Grass Seed", "OR-GS{code}", 24.97,
    [("weight", [("3 lb.", "3 lb.", 0), ("7 lb.", "7 lb.", 15), ("20 lb.", "20 lb.", 45)]),
     ("mix", [("Sun and Shade", "Sun and Shade Mix", 0), ("Tall Fescue", "Tall Fescue", 2), ("Kentucky Bluegrass", "Kentucky Bluegrass", 6)])],
    {"coverage": "Up to 4,000 sq. ft. (7 lb.)"},
    ["Coated seed holds water twice as long as uncoated seed, helping new grass establish.",
     "Sow in early fall or spring and keep the soil moist until the new grass reaches mowing height."],
    None, 4.2, 1400)

add("gas-grill", "Lawn & Garden > Outdoor Cooking > Grills > Gas Grills", "Grovecraft",
    "{brand} {burners} Propane Gas Grill in {finish} {extra}", "GC-GG{code}", 349.0,
    [("burners", [("3-Burner", "3-Burner", 0), ("4-Burner", "4-Burner", 100), ("5-Burner", "5-Burner", 200)]),
     ("finish", [("Black", "Black", 0), ("Stainless Steel", "Stainless Steel", 80)]),
     ("extra", [("Without Side Burner", "", 0), ("With Side Burner", "with Side Burner", 50)])],
    {"fuel": "Propane", "grates": "Porcelain-Coated Cast Iron"},
    ["Porcelain-coated cast iron grates hold heat for sear marks, and a lid thermometer shows the temperature without opening the hood.",
     "Electronic ignition lights each burner at the push of a knob.",
     "A grease tray slides out for cleanup."],
    None, 4.4, 610)

add("wheelbarrow", "Lawn & Garden > Garden Tools > Wheelbarrows", "Prairie Blade",
    "{brand} {capacity} {wheels} Poly Wheelbarrow", "PB-WB{code}", 79.0,
    [("capacity", [("4 cu. ft.", "4 cu. ft.", 0), ("6 cu. ft.", "6 cu. ft.", 30)]),
     ("wheels", [("Single Wheel", "Single Wheel", 0), ("Dual Wheel Flat-Free", "Dual Wheel Flat-Free", 40)])],
    {"tray": "Poly", "handles": "Hardwood"},
    ["Haul mulch, soil and gravel in a rust-proof poly tray.",
     "Flat-free dual wheels never need air and keep loads stable."],
    None, 4.3, 330)

# ---------------------------------------------------------------------------------------------
# Appliances
# ---------------------------------------------------------------------------------------------
add("french-door", "Appliances > Refrigerators > French Door Refrigerators", "Frostvale",
    "{brand} {capacity} {depth} French Door Refrigerator in {finish}", "FV-FD{code}", 1799.0,
    [("capacity", [("22 cu. ft.", "22 cu. ft.", 0), ("26 cu. ft.", "26 cu. ft.", 300)]),
     ("depth", [("Standard Depth", "Standard Depth", 0), ("Counter-Depth", "Counter-Depth", 400)]),
     ("finish", [("Stainless Steel", "Fingerprint Resistant Stainless Steel", 0), ("Black Stainless Steel", "Black Stainless Steel", 100), ("White", "White", -150)])],
    {"ice_maker": "Dual", "dispenser": "External Ice and Water", "energy": "ENERGY STAR"},
    ["A French door refrigerator with an external ice and water dispenser, a dual ice maker and adjustable spill-proof glass shelves.",
     "A full-width pantry drawer holds party platters at its own temperature.",
     "Counter-depth models sit flush with the cabinets; standard depth offers more space."],
    "Capacity {capacity}; {depth}; {finish} finish.", 4.4, 820)

add("gas-range", "Appliances > Ranges > Gas Ranges", "Hearthmont",
    "{brand} 30 in. {capacity} 5-Burner Freestanding Gas Range {conv} in {finish}", "HM-GR{code}", 899.0,
    [("capacity", [("5.0 cu. ft.", "5.0 cu. ft.", 0), ("5.8 cu. ft.", "5.8 cu. ft.", 150)]),
     ("conv", [("Standard", "", 0), ("Convection with Air Fry", "with Convection and Air Fry", 200)]),
     ("finish", [("Stainless Steel", "Stainless Steel", 0), ("Black", "Black", -100)])],
    {"width": "30 in.", "burners": "5", "self_clean": "Yes"},
    ["Five sealed burners include an 18,000 BTU power burner for boiling and a simmer burner for sauces.",
     "Continuous grates let heavy pots slide across the cooktop.",
     "Convection models circulate hot air for even baking on multiple racks and include an air fry basket."],
    None, 4.5, 540)

add("dishwasher", "Appliances > Dishwashers > Built-In Dishwashers", "Ambrell",
    "{brand} 24 in. Top Control {noise} Built-In Tall Tub Dishwasher {third} in {finish}", "AB-DW{code}", 549.0,
    [("finish", [("Stainless Steel", "Stainless Steel", 0), ("White", "White", -80), ("Black", "Black", -50)]),
     ("third", [("No Third Rack", "", 0), ("Third Rack", "with Third Rack", 100)]),
     ("noise", [("48 dBA", "48 dBA", 0), ("44 dBA", "44 dBA", 120)])],
    {"tub": "Stainless Steel", "width": "24 in.", "energy": "ENERGY STAR"},
    ["A stainless steel tall tub holds up to 14 place settings and helps dishes dry faster.",
     "Sanitize and heavy cycles clean baked-on pans.",
     "At 44 dBA it is quiet enough for open-plan kitchens."],
    None, 4.4, 1300)

add("front-load-washer", "Appliances > Washers & Dryers > Front Load Washers", "Laundra",
    "{brand} 27 in. {capacity} High-Efficiency Front Load Washer with Steam in {color}", "LA-FW{code}", 799.0,
    [("capacity", [("4.5 cu. ft.", "4.5 cu. ft.", 0), ("5.0 cu. ft.", "5.0 cu. ft.", 150)]),
     ("color", [("White", "White", 0), ("Graphite Steel", "Graphite Steel", 100)])],
    {"energy": "ENERGY STAR", "stackable": "Yes"},
    ["Steam loosens tough stains and reduces allergens on bedding.",
     "A large drum washes a king-size comforter, and the washer can be stacked under a matching dryer to save floor space."],
    None, 4.3, 670)

add("microwave", "Appliances > Microwaves > Over-the-Range Microwaves", "Cuisora",
    "{brand} 30 in. {capacity} Over-the-Range Microwave in {finish}", "CU-OTR{code}", 279.0,
    [("capacity", [("1.7 cu. ft.", "1.7 cu. ft.", 0), ("1.9 cu. ft.", "1.9 cu. ft.", 60)]),
     ("finish", [("Stainless Steel", "Stainless Steel", 0), ("Black", "Black", -30), ("White", "White", -40)])],
    {"vent": "300 CFM", "wattage": "1000 W"},
    ["Frees counter space and vents the cooktop with a 300 CFM two-speed fan.",
     "Sensor cooking adjusts time and power automatically for popcorn, potatoes and reheats."],
    None, 4.2, 890)

add("window-ac", "Appliances > Heating & Cooling > Window Air Conditioners", "Breezewell",
    "{brand} {btu} 115-Volt Window Air Conditioner with Remote", "BZ-AC{code}", 229.0,
    [("btu", [("6,000 BTU", "6,000 BTU", 0), ("8,000 BTU", "8,000 BTU", 60), ("12,000 BTU", "12,000 BTU", 180)])],
    {"voltage": "115 V", "room_size": "250 to 550 sq. ft.", "energy": "ENERGY STAR"},
    ["Cool a bedroom, office or living room without central air.",
     "Three fan speeds, a 24-hour timer and a remote; a washable filter slides out from the front."],
    "{btu} cools roughly 250 sq. ft. (6,000 BTU) to 550 sq. ft. (12,000 BTU).", 4.3, 1500)

add("dehumidifier", "Appliances > Heating & Cooling > Dehumidifiers", "Glacion",
    "{brand} {pints} Pint Dehumidifier {pump}", "GL-DH{code}", 189.0,
    [("pints", [("35", None, 0), ("50", None, 40)]), ("pump", [("No Pump", "", 0), ("With Built-In Pump", "with Built-In Pump", 60)])],
    {"energy": "ENERGY STAR"},
    ["Removes excess moisture from basements and laundry rooms to help prevent musty odours and mildew.",
     "Set the target humidity and it cycles on and off; a pump model drains continuously to a sink or window."],
    None, 4.4, 720)

# ---------------------------------------------------------------------------------------------
# Kitchen
# ---------------------------------------------------------------------------------------------
add("undermount-sink", "Kitchen > Kitchen Sinks > Undermount Kitchen Sinks", "Marbleton",
    "{brand} {width} {bowl} {material} Undermount Kitchen Sink", "MB-US{code}", 249.0,
    [("width", [("30 in.", "30 in.", 0), ("33 in.", "33 in.", 40)]),
     ("bowl", [("Single Bowl", "Single Bowl", 0), ("50/50 Double Bowl", "50/50 Double Bowl", 30)]),
     ("material", [("16-Gauge Stainless Steel", "16-Gauge Stainless Steel", 0), ("Granite Composite", "Granite Composite", 90)])],
    {"mount": "Undermount", "depth": "9 in."},
    ["An undermount sink for granite, quartz and solid-surface countertops.",
     "Sound-dampening pads keep it quiet, and a rear-set drain leaves more usable space in the cabinet below."],
    None, 4.6, 480)

add("coffee-maker", "Kitchen > Small Appliances > Coffee Makers", "Brewhouse Home",
    "{brand} {cups} Programmable Drip Coffee Maker in {color}", "BH-CM{code}", 49.0,
    [("cups", [("12-Cup", "12-Cup", 0), ("14-Cup", "14-Cup", 15)]),
     ("color", [("Black", "Black", 0), ("Stainless Steel", "Stainless Steel", 20), ("White", "White", 0)])],
    {"carafe": "Glass", "programmable": "24-Hour"},
    ["Wake up to fresh coffee with a 24-hour programmable start.",
     "A bold setting slows brewing for stronger coffee, and the pause-and-serve feature pours a cup mid-brew."],
    None, 4.3, 2800)

add("air-fryer", "Kitchen > Small Appliances > Air Fryers", "Ovenbright",
    "{brand} {capacity} Digital Air Fryer in {color}", "OB-AF{code}", 59.0,
    [("capacity", [("4 qt.", "4 qt.", 0), ("6 qt.", "6 qt.", 20), ("8 qt. Dual Basket", "8 qt. Dual Basket", 60)]),
     ("color", [("Black", "Black", 0), ("White", "White", 0), ("Sage", "Sage", 5)])],
    {"presets": "8", "max_temperature": "400 F"},
    ["Crisp fries, wings and vegetables with little or no oil.",
     "Eight presets, a shake reminder and a nonstick dishwasher-safe basket make it an easy everyday appliance.",
     "Dual-basket models cook two foods at once and finish them together."],
    None, 4.6, 4100)

add("cookware-set", "Kitchen > Cookware > Cookware Sets", "Simmerstone",
    "{brand} {pieces} {material} Cookware Set", "SS-CW{code}", 129.0,
    [("pieces", [("10-Piece", "10-Piece", 0), ("12-Piece", "12-Piece", 40)]),
     ("material", [("Hard-Anodized Nonstick", "Hard-Anodized Nonstick", 0), ("Tri-Ply Stainless Steel", "Tri-Ply Stainless Steel", 80)])],
    {"induction": "Yes", "oven_safe": "500 F"},
    ["Skillets, saucepans, a saute pan and a stockpot with tempered glass lids.",
     "Oven-safe to 500 F and compatible with induction, gas and electric cooktops."],
    None, 4.5, 930)

add("cast-iron-skillet", "Kitchen > Cookware > Skillets", "Saltbox",
    "{brand} {size} Pre-Seasoned Cast Iron Skillet", "SB-CI{code}", 19.97,
    [("size", [("8 in.", "8 in.", -6), ("10.25 in.", "10.25 in.", 0), ("12 in.", "12 in.", 10)])],
    {"material": "Cast Iron", "seasoning": "Vegetable Oil"},
    ["Sear, saute, bake and fry in a skillet that holds heat evenly and lasts for generations.",
     "Pre-seasoned and ready to use; hand wash, dry and rub with a little oil."],
    None, 4.8, 5200)

add("knife-set", "Kitchen > Cutlery > Knife Sets", "Knifewright",
    "{brand} {pieces} High-Carbon Stainless Steel Knife Block Set", "KW-KB{code}", 79.0,
    [("pieces", [("6-Piece", "6-Piece", 0), ("14-Piece", "14-Piece", 60)])],
    {"blade_material": "High-Carbon Stainless Steel", "block": "Acacia"},
    ["Full-tang forged knives for chopping, slicing, paring and carving, with a built-in sharpener in the block.",
     "Hand wash to keep the edges sharp."],
    None, 4.6, 1100)

add("food-storage", "Kitchen > Kitchen Storage > Food Storage Containers", "Pantrywise",
    "{brand} {pieces} {material} Food Storage Container Set", "PWS-FS{code}", 24.97,
    [("pieces", [("18-Piece", "18-Piece", 0), ("24-Piece", "24-Piece", 8)]),
     ("material", [("BPA-Free Plastic", "Plastic", 0), ("Glass", "Glass", 15)])],
    {"lids": "Snap-Lock", "dishwasher_safe": "Yes"},
    ["Leakproof snap-lock lids keep leftovers and meal prep fresh, and nested containers save cabinet space.",
     "Glass sets go from the freezer to the oven."],
    None, 4.5, 1700)

# ---------------------------------------------------------------------------------------------
# Lighting
# ---------------------------------------------------------------------------------------------
FAN_FINISHES = ("finish", [("Matte Black", "Matte Black", 0), ("Brushed Nickel", "Brushed Nickel", 0), ("Oil-Rubbed Bronze", "Oil-Rubbed Bronze", 10)])

add("ceiling-fan", "Lighting > Ceiling Fans > Indoor Ceiling Fans", "Lumenhall",
    "{brand} Marlowe {size} Indoor LED Ceiling Fan with {control} in {finish}", "LH-CF{code}", 129.0,
    [("size", [("44 in.", "44 in.", -20), ("52 in.", "52 in.", 0), ("60 in.", "60 in.", 50)]),
     ("control", [("Pull Chains", "Light Kit", 0), ("Remote Control", "Light Kit and Remote", 30)]), FAN_FINISHES],
    {"motor": "Reversible AC", "light": "Integrated LED", "location": "Indoor"},
    ["A ceiling fan with an integrated LED light for bedrooms and living rooms.",
     "A reversible motor pushes cool air down in summer and draws it up in winter.",
     "Includes a 4 in. downrod and a flush mount option for low ceilings."],
    "Blade span: {size}. As a guide, 44 in. fans suit rooms up to 144 sq. ft., 52 in. fans up to 350 sq. ft. and 60 in. fans larger rooms.", 4.5, 1900)

add("outdoor-fan", "Lighting > Ceiling Fans > Outdoor Ceiling Fans", "Lumenhall",
    "{brand} Harbourline {size} Outdoor Wet-Rated Ceiling Fan in {finish}", "LH-OF{code}", 159.0,
    [("size", [("52 in.", "52 in.", 0), ("60 in.", "60 in.", 40)]), FAN_FINISHES],
    {"rating": "Wet-Rated", "motor": "DC 6-Speed", "location": "Outdoor"},
    ["Wet-rated for covered porches, pergolas and gazebos exposed to rain.",
     "A quiet DC motor with six speeds and a remote control."],
    None, 4.6, 560)

add("led-bulb", "Lighting > Light Bulbs > LED Bulbs > A19 LED Bulbs", "Brightwell",
    "{brand} {watts} A19 Dimmable LED Light Bulb {temp} ({pack})", "BRW-A19{code}", 6.97,
    [("watts", [("60-Watt Equivalent", "60-Watt Equivalent", 0), ("100-Watt Equivalent", "100-Watt Equivalent", 3)]),
     ("temp", [("2700K Soft White", "Soft White", 0), ("5000K Daylight", "Daylight", 0)]),
     ("pack", [("4-Pack", "4-Pack", 0), ("8-Pack", "8-Pack", 6), ("16-Pack", "16-Pack", 15)])],
    {"base": "E26 Medium", "life": "15,000 hours", "dimmable": "Yes"},
    ["Standard A19 LED bulbs that use about 85% less energy than incandescents and last for years.",
     "Dims smoothly on most LED-compatible dimmers.",
     "Soft white (2700K) is warm and cozy; daylight (5000K) is crisp for kitchens, garages and workspaces."],
    "Colour temperature {temp}.", 4.7, 6400)

add("flood-bulb", "Lighting > Light Bulbs > LED Bulbs > BR30 Flood Bulbs", "Brightwell",
    "{brand} 65-Watt Equivalent BR30 Dimmable LED Flood Light Bulb {temp} ({pack})", "BRW-BR30{code}", 9.97,
    [("temp", [("2700K Soft White", "Soft White", 0), ("3000K Bright White", "Bright White", 0), ("5000K Daylight", "Daylight", 0)]),
     ("pack", [("2-Pack", "2-Pack", 0), ("6-Pack", "6-Pack", 12)])],
    {"base": "E26 Medium", "beam": "Flood"},
    ["BR30 reflector bulbs for recessed cans and track lights, with a wide, even beam."],
    None, 4.6, 2900)

add("flush-mount", "Lighting > Ceiling Lights > Flush Mount Lights", "Glowmere",
    "{brand} {width} {lights} Flush Mount Light in {finish}", "GM-FM{code}", 44.97,
    [("width", [("13 in.", "13 in.", 0), ("16 in.", "16 in.", 20)]),
     ("lights", [("2-Light", "2-Light", 0), ("Integrated LED", "Integrated LED", 10)]),
     ("finish", [("Matte Black", "Matte Black", 0), ("Brushed Nickel", "Brushed Nickel", 0), ("Aged Brass", "Aged Brass", 10)])],
    {"shade": "Frosted Glass", "location": "Indoor"},
    ["A frosted glass flush mount for hallways, bedrooms and closets with low ceilings.",
     "The integrated LED version never needs bulbs."],
    None, 4.5, 820)

add("pendant", "Lighting > Ceiling Lights > Pendant Lights", "Candella",
    "{brand} {width} 1-Light {shade} Pendant Light in {finish}", "CD-PL{code}", 69.0,
    [("width", [("8 in.", "8 in.", 0), ("12 in.", "12 in.", 30)]),
     ("shade", [("Clear Glass Globe", "Clear Glass Globe", 0), ("Metal Dome", "Metal Dome", 5)]),
     ("finish", [("Matte Black", "Matte Black", 0), ("Brushed Gold", "Brushed Gold", 10)])],
    {"cord": "Adjustable up to 72 in.", "bulb": "E26, not included"},
    ["Hang over a kitchen island, breakfast nook or entry.",
     "The adjustable rod or cord sets the height; use a dimmable bulb to set the mood."],
    None, 4.6, 430)

add("wall-lantern", "Lighting > Outdoor Lighting > Outdoor Wall Lanterns", "Lanternly",
    "{brand} {height} 1-Light Dusk to Dawn Outdoor Wall Lantern in {finish}", "LT-WL{code}", 39.97,
    [("height", [("11 in.", "11 in.", 0), ("15 in.", "15 in.", 20)]),
     ("finish", [("Black", "Black", 0), ("Textured Bronze", "Textured Bronze", 5)])],
    {"sensor": "Photocell", "rating": "Wet-Rated"},
    ["A photocell turns the light on at dusk and off at dawn, so entries are always lit.",
     "Seeded glass and a weather-resistant aluminum body suit front doors, garages and patios."],
    None, 4.5, 740)

add("security-light", "Lighting > Outdoor Lighting > Security Lights", "Beaconfield Lighting",
    "{brand} {lumens} {power} Motion Sensor LED Security Flood Light", "BF-SL{code}", 34.97,
    [("lumens", [("1500 Lumens", "1500 Lumens", 0), ("3500 Lumens", "3500 Lumens", 25)]),
     ("power", [("Hardwired", "Hardwired", 0), ("Solar", "Solar", 10)])],
    {"sensor_range": "70 ft.", "heads": "Dual Head"},
    ["Lights up driveways and backyards the moment motion is detected within 70 ft.",
     "Adjustable heads aim the light where you need it; solar models need no wiring."],
    None, 4.4, 1300)

add("vanity-light", "Lighting > Bathroom Lighting > Vanity Lights", "Starling & Lamp",
    "{brand} {lights} Vanity Light with Opal Glass Shades in {finish}", "SLM-VL{code}", 79.0,
    [("lights", [("2-Light", "2-Light", 0), ("3-Light", "3-Light", 30), ("4-Light", "4-Light", 60)]),
     ("finish", [("Matte Black", "Matte Black", 0), ("Brushed Nickel", "Brushed Nickel", 0), ("Chrome", "Chrome", -5)])],
    {"mount": "Up or Down", "location": "Damp-Rated"},
    ["Even, shadow-free light at the bathroom mirror.",
     "Mount the shades up or down; damp-rated for bathrooms."],
    None, 4.6, 610)

# ---------------------------------------------------------------------------------------------
# Flooring
# ---------------------------------------------------------------------------------------------
add("lvp", "Flooring > Vinyl Flooring > Luxury Vinyl Plank", "Plankwell",
    "{brand} {color} {wear} Waterproof Rigid Core Luxury Vinyl Plank Flooring (23.6 sq. ft. / case)", "PK-LVP{code}", 54.97,
    [("color", [("Natural Oak", "Natural Oak", 0), ("Weathered Gray", "Weathered Gray", 0), ("Hickory", "Hickory", 0), ("Whitewashed Oak", "Whitewashed Oak", 0)]),
     ("wear", [("12 mil", "12 mil", 0), ("20 mil", "20 mil", 15)])],
    {"plank_size": "7.1 in. x 48 in.", "core": "SPC", "underlayment": "Attached", "installation": "Click-Lock Floating"},
    ["Waterproof from top to bottom, so it can go in kitchens, bathrooms and basements.",
     "The rigid SPC core hides small subfloor flaws, and attached underlayment cuts noise.",
     "Planks click together and float over most existing hard floors."],
    "Wear layer: {wear}. Use 20 mil for busy homes with pets.", 4.6, 1600)

add("laminate", "Flooring > Laminate Flooring > Laminate Planks", "Timberlane Floors",
    "{brand} {color} {thickness} Water-Resistant Laminate Flooring (19.6 sq. ft. / case)", "TL-LM{code}", 39.97,
    [("color", [("Honey Oak", "Honey Oak", 0), ("Barnwood", "Barnwood", 0), ("Driftwood", "Driftwood", 0)]),
     ("thickness", [("8 mm", "8 mm", 0), ("12 mm", "12 mm", 12)])],
    {"plank_size": "7.5 in. x 47.6 in.", "installation": "Click-Lock Floating"},
    ["Realistic wood-look laminate with a scratch-resistant surface for living rooms, bedrooms and hallways.",
     "Water-resistant edges protect against everyday spills for up to 24 hours."],
    None, 4.4, 720)

add("porcelain-tile", "Flooring > Tile > Porcelain Tile", "Stonecroft Tile",
    "{brand} {look} {size} {finish} Porcelain Floor and Wall Tile", "SC-PT{code}", 1.99,
    [("look", [("Carrara Marble Look", "Carrara", 0), ("Concrete Look Gray", "Concrete Gray", 0), ("Wood Look Walnut", "Walnut Wood Look", 0.5)]),
     ("size", [("12 in. x 24 in.", "12 in. x 24 in.", 0), ("24 in. x 24 in.", "24 in. x 24 in.", 0.8)]),
     ("finish", [("Matte", "Matte", 0), ("Polished", "Polished", 0.6)])],
    {"price_unit": "per sq. ft.", "frost_resistant": "Yes", "pei_rating": "4"},
    ["Through-body porcelain for floors and walls in kitchens, baths and entries.",
     "PEI 4 rated for heavy residential traffic; matte finishes are more slip-resistant than polished.",
     "Price is per square foot."],
    None, 4.5, 310)

add("subway-tile", "Flooring > Tile > Ceramic Tile", "Hearthstone Tile",
    "{brand} {color} 3 in. x 6 in. {finish} Ceramic Subway Wall Tile", "HS-ST{code}", 0.98,
    [("color", [("White", "White", 0), ("Sage Green", "Sage Green", 0.4), ("Navy", "Navy", 0.4), ("Black", "Black", 0.2)]),
     ("finish", [("Glossy", "Glossy", 0), ("Matte", "Matte", 0)])],
    {"price_unit": "per sq. ft.", "use": "Wall"},
    ["Classic subway tile for backsplashes, shower walls and laundry rooms.",
     "Price is per square foot."],
    None, 4.6, 560)

add("area-rug", "Flooring > Rugs > Area Rugs", "Loomcraft Rugs",
    "{brand} {pattern} {color} {size} Area Rug", "LC-AR{code}", 49.0,
    [("pattern", [("Medallion", "Medallion", 0), ("Geometric", "Geometric", 0), ("Solid Shag", "Solid Shag", 10)]),
     ("color", [("Ivory", "Ivory", 0), ("Navy", "Navy", 0), ("Gray", "Gray", 0)]),
     ("size", [("2 ft. x 3 ft.", "2 ft. x 3 ft.", -30), ("5 ft. x 7 ft.", "5 ft. x 7 ft.", 0), ("8 ft. x 10 ft.", "8 ft. x 10 ft.", 110)])],
    {"material": "Polypropylene", "pile": "Low Pile (0.4 in.)"},
    ["Power-loomed polypropylene resists stains and fading and does not shed.",
     "The low pile lets doors swing over it; use a rug pad on hard floors."],
    None, 4.4, 1200)

# ---------------------------------------------------------------------------------------------
# Storage & Organization
# ---------------------------------------------------------------------------------------------
add("shelving", "Storage & Organization > Garage Storage > Shelving Units", "Stowright",
    "{brand} {tiers} Boltless Steel Garage Storage Shelving Unit in {color} ({dims})", "SW-SH{code}", 89.0,
    [("tiers", [("4-Tier", "4-Tier", 0), ("5-Tier", "5-Tier", 20)]),
     ("color", [("Black", "Black", 0), ("Gray", "Gray", 0)]),
     ("dims", [("48 in. W x 72 in. H x 24 in. D", "48 in. W x 72 in. H x 24 in. D", 0), ("77 in. W x 78 in. H x 24 in. D", "77 in. W x 78 in. H x 24 in. D", 80)])],
    {"capacity": "4,000 lb. total", "assembly": "Boltless"},
    ["Heavy-gauge steel shelving that assembles with a rubber mallet, no bolts or tools.",
     "Each shelf holds up to 800 lb. evenly distributed, enough for storage bins, paint and power tools.",
     "Shelves adjust in 1-1/2 in. increments."],
    None, 4.6, 2200)

add("storage-tote", "Storage & Organization > Storage Containers > Plastic Storage Bins", "Tidyhaus",
    "{brand} {capacity} Latching Storage Tote in {color} ({pack})", "TH-ST{code}", 9.97,
    [("capacity", [("18 gal.", "18 gal.", 0), ("27 gal.", "27 gal.", 4)]),
     ("color", [("Black and Yellow", "Black and Yellow", 0), ("Clear", "Clear", 1)]),
     ("pack", [("1-Pack", "1-Pack", 0), ("4-Pack", "4-Pack", 28)])],
    {"material": "Polypropylene", "lid": "Snap-Latch"},
    ["Tough stackable totes with snap-latch lids for moving, garages and seasonal storage.",
     "Clear totes show what is inside."],
    None, 4.6, 3300)

add("closet-system", "Storage & Organization > Closet Organization > Closet Systems", "Closetcraft",
    "{brand} {width} Wide {material} Closet Organizer Kit in {finish}", "CC-CS{code}", 149.0,
    [("width", [("4 ft. - 6 ft.", "4 ft. - 6 ft.", 0), ("5 ft. - 8 ft.", "5 ft. - 8 ft.", 60)]),
     ("material", [("Wire", "Wire", 0), ("Wood", "Wood", 120)]),
     ("finish", [("White", "White", 0), ("Natural Wood", "Natural Wood", 20)])],
    {"adjustable": "Yes"},
    ["Double the usable space in a reach-in closet with hanging rods, shelves and a shoe area.",
     "The system adjusts to fit walls within the listed width range and installs with a drill."],
    None, 4.3, 410)

add("pegboard", "Storage & Organization > Garage Storage > Wall Organization > Pegboards", "Rackwell",
    "{brand} {size} Metal Pegboard Panel in {color} ({pack})", "RW-PB{code}", 24.97,
    [("size", [("24 in. x 24 in.", "24 in. x 24 in.", 0), ("24 in. x 48 in.", "24 in. x 48 in.", 15)]),
     ("color", [("Black", "Black", 0), ("Gray", "Gray", 0), ("Red", "Red", 0)]),
     ("pack", [("1-Pack", "1-Pack", 0), ("2-Pack", "2-Pack", 20)])],
    {"material": "Powder-Coated Steel", "hole_size": "1/4 in."},
    ["Steel pegboard for tools and supplies above a workbench, in a craft room or a garage.",
     "Accepts standard 1/4 in. pegboard hooks and holds up to 100 lb. per panel."],
    None, 4.6, 640)

add("bike-hook", "Storage & Organization > Garage Storage > Wall Organization > Utility Hooks", "Hookline",
    "{brand} {style} Vinyl-Coated Steel Storage Hook ({pack})", "HL-HK{code}", 4.97,
    [("style", [("Bike", "Bike", 0), ("Ladder", "Ladder", 2), ("Double Utility", "Double Utility", 1)]),
     ("pack", [("1-Pack", "1-Pack", 0), ("4-Pack", "4-Pack", 12)])],
    {"capacity": "50 lb.", "mount": "Screw-In"},
    ["Get bikes, ladders, hoses and cords off the garage floor.",
     "A vinyl coating protects finishes and stops items from slipping."],
    None, 4.7, 1800)

add("floating-shelf", "Storage & Organization > Shelving > Floating Shelves", "Cubbywell",
    "{brand} {length} x 8 in. Solid {wood} Floating Wall Shelf in {finish}", "CW-FS{code}", 24.97,
    [("length", [("24 in.", "24 in.", 0), ("36 in.", "36 in.", 12)]),
     ("wood", [("Pine", "Pine", 0), ("Acacia", "Acacia", 15)]),
     ("finish", [("Natural", "Natural", 0), ("Walnut", "Walnut", 0), ("Black", "Black", 0)])],
    {"capacity": "35 lb.", "mount": "Hidden Bracket"},
    ["A solid wood shelf that hangs on a hidden steel bracket for a clean floating look.",
     "Mount into studs to hold up to 35 lb. of books, plants and dishes."],
    None, 4.5, 770)


# ---------------------------------------------------------------------------------------------
# More families with wide variant grids (sizes, finishes, packs)
# ---------------------------------------------------------------------------------------------
add("cabinet-knob", "Hardware > Cabinet Hardware > Cabinet Knobs", "Brassmoor",
    "{brand} {diameter} {shape} Cabinet Knob in {finish} ({pack})", "BM-CK{code}", 2.98,
    [("diameter", [("1-1/8 in.", "1-1/8 in.", 0), ("1-1/4 in.", "1-1/4 in.", 0.3), ("1-3/8 in.", "1-3/8 in.", 0.6)]),
     ("shape", [("Round", "Round", 0), ("Square", "Square", 0.2)]),
     ("finish", [("Matte Black", "Matte Black", 0), ("Brushed Nickel", "Brushed Nickel", 0), ("Brushed Gold", "Brushed Gold", 0.4), ("Oil-Rubbed Bronze", "Oil-Rubbed Bronze", 0.2), ("Polished Chrome", "Polished Chrome", 0)]),
     ("pack", [("1-Pack", "1-Pack", 0), ("10-Pack", "10-Pack", 21)])],
    {"material": "Zinc Alloy"},
    ["Simple knobs that update kitchen and bath cabinets in an afternoon.",
     "Each knob mounts with one 8-32 screw, included for 3/4 in. doors, with a break-away screw for thicker drawers."],
    "Knob diameter {diameter}.", 4.7, 1500)

add("hex-bolt", "Hardware > Fasteners > Bolts > Hex Bolts", "Boltmark",
    "{brand} {diameter} x {length} Grade 5 Zinc-Plated Hex Bolt ({pack})", "BK-HB{code}", 0.58,
    [("diameter", [("1/4 in.", "1/4 in.-20", 0), ("5/16 in.", "5/16 in.-18", 0.1), ("3/8 in.", "3/8 in.-16", 0.2), ("1/2 in.", "1/2 in.-13", 0.5)]),
     ("length", [("1 in.", "1 in.", 0), ("2 in.", "2 in.", 0.2), ("3 in.", "3 in.", 0.4), ("4 in.", "4 in.", 0.6)]),
     ("pack", [("1-Pack", "1-Pack", 0), ("25-Pack", "25-Pack", 9)])],
    {"grade": "Grade 5", "finish": "Zinc-Plated", "thread": "Coarse"},
    ["Grade 5 medium-carbon steel bolts for machinery, trailers and structural connections that need more strength than standard hardware-grade bolts.",
     "Zinc plating resists rust indoors and in sheltered outdoor use. Pair with Grade 5 nuts and washers."],
    None, 4.7, 140)

add("interior-stain", "Paint > Interior Wood Stain > Oil-Based Stain", "Everstain",
    "{brand} {size} {color} Oil-Based Interior Wood Stain", "ES-IS{code}", 11.97,
    [("size", [("8 oz.", "8 oz.", -4), ("1 qt.", "1 qt.", 0), ("1 gal.", "1 gal.", 25)]),
     ("color", [("Golden Oak", "Golden Oak", 0), ("Colonial Maple", "Colonial Maple", 0), ("Special Walnut", "Special Walnut", 0), ("Dark Walnut", "Dark Walnut", 0), ("Espresso", "Espresso", 0), ("Classic Gray", "Classic Gray", 0), ("Ebony", "Ebony", 0), ("Red Mahogany", "Red Mahogany", 0)])],
    {"base": "Oil-Based", "dry_time": "2 hours between coats"},
    ["A penetrating oil-based stain that highlights the grain of furniture, cabinets, doors and trim.",
     "Wipe off the excess after 5 to 15 minutes: the longer it sits, the deeper the colour.",
     "Top with a clear protective finish once dry."],
    "Colour: {color}.", 4.6, 2300)

add("recessed-led", "Lighting > Recessed Lighting > LED Recessed Lights", "Halostone",
    "{brand} {size} Canless Integrated LED Recessed Light {temp} ({pack})", "HS-RL{code}", 14.97,
    [("size", [("4 in.", "4 in.", 0), ("6 in.", "6 in.", 3)]),
     ("temp", [("3000K Bright White", "Bright White", 0), ("Selectable CCT", "5 Color Selectable", 2)]),
     ("pack", [("1-Pack", "1-Pack", 0), ("6-Pack", "6-Pack", 60), ("12-Pack", "12-Pack", 120)])],
    {"trim": "White Round", "rating": "Wet-Rated, IC-Rated", "dimmable": "Yes"},
    ["Ultra-thin canless downlights that install from below through a round ceiling cutout; the junction box clips to the light, so no housing is needed.",
     "IC-rated for contact with insulation and wet-rated for showers and covered porches.",
     "Selectable models switch between 2700K, 3000K, 3500K, 4000K and 5000K with a switch on the box."],
    None, 4.7, 3600)

add("wall-plate", "Electrical > Wiring Devices > Wall Plates", "Ohmstead",
    "{brand} {gang} {type} Wall Plate in {color}", "OH-WP{code}", 1.48,
    [("gang", [("1-Gang", "1-Gang", 0), ("2-Gang", "2-Gang", 1), ("3-Gang", "3-Gang", 2), ("4-Gang", "4-Gang", 3)]),
     ("type", [("Decorator", "Decorator", 0), ("Screwless Decorator", "Screwless Decorator", 3), ("Toggle", "Toggle", 0)]),
     ("color", [("White", "White", 0), ("Light Almond", "Light Almond", 0), ("Black", "Black", 0.3)])],
    {"material": "Polycarbonate", "size": "Standard"},
    ["Unbreakable polycarbonate wall plates that resist cracks and fading.",
     "Screwless plates snap onto a sub-plate and hide all screws for a clean look."],
    None, 4.6, 900)

add("toggle-switch", "Electrical > Wiring Devices > Light Switches > Toggle Switches", "Ohmstead",
    "{brand} {amps} {type} Toggle Light Switch in {color} ({pack})", "OH-TS{code}", 1.28,
    [("amps", [("15 Amp", "15 Amp", 0), ("20 Amp", "20 Amp", 1.2)]),
     ("type", [("Single-Pole", "Single-Pole", 0), ("3-Way", "3-Way", 1.5)]),
     ("color", [("White", "White", 0), ("Ivory", "Ivory", 0)]),
     ("pack", [("1-Pack", "1-Pack", 0), ("10-Pack", "10-Pack", 9)])],
    {"grounding": "Self-Grounding", "wiring": "Side and Back Wire"},
    ["A residential-grade toggle switch for replacing worn or noisy switches.",
     "3-way switches control a light from two locations, such as the top and bottom of a staircase."],
    None, 4.7, 650)

add("indoor-cord", "Electrical > Extension Cords > Indoor Extension Cords", "Amperon",
    "{brand} {length} 16/2 3-Outlet Flat Plug Indoor Extension Cord in {color}", "AP-IC{code}", 6.97,
    [("length", [("6 ft.", "6 ft.", 0), ("9 ft.", "9 ft.", 1.5), ("15 ft.", "15 ft.", 3)]),
     ("color", [("White", "White", 0), ("Brown", "Brown", 0), ("Black", "Black", 0)])],
    {"gauge": "16/2", "outlets": "3", "plug": "Flat"},
    ["A thin indoor cord with a flat plug that fits behind furniture and three outlets at the end for lamps, chargers and clocks.",
     "Not for space heaters, air conditioners or other high-draw appliances."],
    None, 4.6, 1700)

add("hose-nozzle", "Lawn & Garden > Watering & Irrigation > Hose Nozzles", "Fernbrook",
    "{brand} {patterns} {material} Pistol Grip Hose Nozzle", "FB-HN{code}", 9.97,
    [("patterns", [("7-Pattern", "7-Pattern", 0), ("10-Pattern", "10-Pattern", 3)]),
     ("material", [("Plastic", "Plastic", 0), ("Metal", "Metal", 6)])],
    {"grip": "Insulated Front Trigger"},
    ["Choose from jet, flat, shower, mist, cone and other sprays with a turn of the dial.",
     "A front trigger with a lock keeps water flowing without squeezing."],
    None, 4.4, 1400)

add("mulch", "Lawn & Garden > Garden Center > Mulch", "Thistledown",
    "{brand} {volume} {color} Dyed Hardwood Mulch", "TD-MU{code}", 3.97,
    [("volume", [("1.5 cu. ft.", "1.5 cu. ft.", 0), ("2 cu. ft.", "2 cu. ft.", 1)]),
     ("color", [("Brown", "Brown", 0), ("Black", "Black", 0), ("Red", "Red", 0)])],
    {"material": "Shredded Hardwood"},
    ["Shredded hardwood mulch holds moisture in beds, keeps weeds down and stays colourful for a full season.",
     "One 2 cu. ft. bag covers about 12 sq. ft. at a 2 in. depth."],
    None, 4.3, 800)

add("lopper", "Lawn & Garden > Garden Tools > Pruning Shears", "Hedgerow Outdoor",
    "{brand} {type} {size}", "HO-PR{code}", 14.97,
    [("type", [("Bypass", "Bypass", 0), ("Anvil", "Anvil", 0)]),
     ("size", [("Hand Pruner", "Hand Pruner", 0), ("28 in. Lopper", "28 in. Lopper", 15), ("Ratcheting Lopper", "Ratcheting Lopper", 25)])],
    {"blade": "Hardened Carbon Steel", "cutting_capacity": "Up to 2 in. (loppers)"},
    ["Bypass blades make clean cuts on live stems and branches; anvil blades crush through dry, dead wood.",
     "Nonstick coated blades and cushioned grips reduce effort."],
    None, 4.5, 650)

add("toilet-seat", "Plumbing > Toilets > Toilet Seats", "Cascadia Bath",
    "{brand} {shape} Slow-Close {material} Toilet Seat in {color}", "CB-TS{code}", 24.97,
    [("shape", [("Round", "Round", 0), ("Elongated", "Elongated", 5)]),
     ("material", [("Plastic", "Plastic", 0), ("Enameled Wood", "Enameled Wood", 8)]),
     ("color", [("White", "White", 0), ("Biscuit", "Biscuit", 0), ("Black", "Black", 2)])],
    {"hinges": "Quick-Release", "close": "Slow-Close"},
    ["No more slamming: the lid and seat lower slowly and quietly.",
     "Quick-release hinges lift the seat off for cleaning, and the hardware will not loosen over time."],
    "Measure your bowl: round bowls are about 16.5 in. long, elongated about 18.5 in.", 4.6, 2100)

add("drain-snake", "Plumbing > Drain Cleaning > Drain Snakes", "Drainmaster Pro",
    "{brand} {length} {type}", "DM-DS{code}", 12.97,
    [("length", [("1/4 in. x 15 ft.", "1/4 in. x 15 ft.", 0), ("1/4 in. x 25 ft.", "1/4 in. x 25 ft.", 10)]),
     ("type", [("Drum Auger", "Drum Auger", 0), ("Drill-Powered Drum Auger", "Drill-Powered Drum Auger", 12)])],
    {"use": "Sink, Tub and Shower Drains"},
    ["Clear hair and grease clogs from sink, tub and shower drains without chemicals.",
     "The enclosed drum keeps the cable clean; drill-powered models attach to any cordless drill."],
    None, 4.3, 900)

add("base-cabinet", "Kitchen > Kitchen Cabinets > Base Cabinets", "Larderly",
    "{brand} Shaker Assembled {width} x 34.5 in. x 24 in. {type} Base Kitchen Cabinet in {finish}", "LD-BC{code}", 199.0,
    [("width", [("15 in.", "15 in.", -40), ("18 in.", "18 in.", -20), ("24 in.", "24 in.", 0), ("30 in.", "30 in.", 40), ("36 in.", "36 in.", 70)]),
     ("type", [("Door", "", 0), ("Drawer", "Drawer", 80)]),
     ("finish", [("White", "White", 0), ("Gray", "Gray", 0), ("Navy Blue", "Navy Blue", 20)])],
    {"construction": "Plywood Box", "door_style": "Shaker", "assembly": "Assembled"},
    ["Fully assembled shaker base cabinets with plywood boxes, soft-close hinges and full-extension drawer glides.",
     "Adjustable legs level the cabinet on uneven floors; countertops are sold separately."],
    None, 4.4, 260)

add("table-lamp", "Lighting > Lamps > Table Lamps", "Starling & Lamp",
    "{brand} {height} {base} Table Lamp with {shade} Shade {usb}", "SLM-TL{code}", 39.97,
    [("height", [("20 in.", "20 in.", 0), ("26 in.", "26 in.", 15)]),
     ("base", [("Ceramic", "Ceramic", 0), ("Brass", "Brass", 20)]),
     ("shade", [("White Linen", "White Linen", 0), ("Beige Linen", "Beige Linen", 0)]),
     ("usb", [("No USB", "", 0), ("USB Port", "and USB Port", 8)])],
    {"switch": "Rotary", "bulb": "E26, up to 100 W LED equivalent"},
    ["A classic bedside or end-table lamp with a linen drum shade that diffuses light softly.",
     "USB models charge a phone from the base."],
    None, 4.5, 780)

add("carpet-tile", "Flooring > Carpet > Carpet Tile", "Woven Path",
    "{brand} {color} Loop Peel and Stick Carpet Tile {size} ({coverage})", "WP-CT{code}", 29.97,
    [("color", [("Gray", "Gray", 0), ("Beige", "Beige", 0), ("Charcoal", "Charcoal", 0), ("Blue", "Blue", 0)]),
     ("size", [("18 in. x 18 in.", "18 in. x 18 in.", 0), ("24 in. x 24 in.", "24 in. x 24 in.", 6)]),
     ("coverage", [("10 Tiles", "10 Tiles", 0), ("16 Tiles", "16 Tiles", 14)])],
    {"installation": "Peel and Stick", "backing": "Cushion"},
    ["Peel-and-stick carpet tiles for basements, playrooms and home offices.",
     "Replace a stained tile instead of the whole floor."],
    None, 4.2, 340)

add("grout", "Flooring > Flooring Accessories > Grout", "Stonecroft Tile",
    "{brand} {size} {type} Grout in {color}", "SC-GR{code}", 14.97,
    [("size", [("10 lb.", "10 lb.", 0), ("25 lb.", "25 lb.", 10)]),
     ("type", [("Sanded", "Sanded", 0), ("Unsanded", "Unsanded", 2)]),
     ("color", [("Bright White", "Bright White", 0), ("Warm Gray", "Warm Gray", 0), ("Charcoal", "Charcoal", 0), ("Bone", "Bone", 0), ("Black", "Black", 0)])],
    {"joint_width": "Sanded: 1/8 in. to 1/2 in.; unsanded: up to 1/8 in."},
    ["Polymer-modified cement grout for floor and wall tile.",
     "Use sanded grout for joints 1/8 in. and wider and unsanded for narrow joints and polished stone.",
     "Seal after 72 hours."],
    None, 4.4, 210)

add("shoe-rack", "Storage & Organization > Closet Organization > Shoe Racks", "Orderly & Co.",
    "{brand} {capacity} Stackable Shoe Rack in {color}", "OC-SR{code}", 19.97,
    [("capacity", [("12-Pair", "12-Pair", 0), ("20-Pair", "20-Pair", 8), ("36-Pair", "36-Pair", 25)]),
     ("color", [("Black", "Black", 0), ("White", "White", 0), ("Bamboo", "Bamboo", 10)])],
    {"assembly": "Tool-Free"},
    ["Keep shoes off the closet floor and out of the entry.",
     "Shelves stack or stand side by side, and assemble without tools."],
    None, 4.4, 900)

add("storage-cube", "Storage & Organization > Storage Furniture > Storage Cubes", "Cubbywell",
    "{brand} {cubes} Storage Organizer in {finish}", "CW-CO{code}", 39.97,
    [("cubes", [("3-Cube", "3-Cube", 0), ("6-Cube", "6-Cube", 30), ("9-Cube", "9-Cube", 50)]),
     ("finish", [("White", "White", 0), ("Espresso", "Espresso", 0), ("Gray Oak", "Gray Oak", 5), ("Black", "Black", 0)])],
    {"cube_size": "11 in. x 11 in.", "material": "Laminated Particleboard"},
    ["Open cubbies hold books, toys and fabric storage bins (sold separately).",
     "Stand it upright or on its side; anti-tip hardware is included."],
    None, 4.5, 1300)

add("drill-bits", "Tools > Power Tool Accessories > Drill Bits", "Kestrom",
    "{brand} {pieces} {material} Drill Bit Set", "KS-DB{code}", 14.97,
    [("pieces", [("13-Piece", "13-Piece", 0), ("21-Piece", "21-Piece", 8), ("29-Piece", "29-Piece", 18)]),
     ("material", [("Black Oxide", "Black Oxide", 0), ("Titanium", "Titanium", 6), ("Cobalt", "Cobalt", 25)])],
    {"shank": "3-Flat", "sizes": "1/16 in. to 1/2 in."},
    ["Jobber-length bits for wood, plastic and mild steel in a hard case with a size index.",
     "A 135-degree split point starts without walking; cobalt bits drill stainless steel and hardened metal."],
    "Coating/material: {material}.", 4.6, 1200)

add("screwdriver-set", "Tools > Hand Tools > Screwdrivers > Screwdriver Sets", "Bellmont Tool",
    "{brand} {pieces} {type} Screwdriver Set", "BT-SD{code}", 17.97,
    [("pieces", [("6-Piece", "6-Piece", 0), ("10-Piece", "10-Piece", 8), ("24-Piece", "24-Piece", 20)]),
     ("type", [("Cushion Grip", "Cushion Grip", 0), ("Precision", "Precision", -3), ("Insulated 1000V", "1000V Insulated", 15)])],
    {"tips": "Phillips and Slotted", "tip_type": "Magnetic"},
    ["Magnetic tips hold screws in place, and the hardened steel shafts resist twisting.",
     "Insulated sets are rated for live work up to 1000 V."],
    None, 4.7, 950)


# ---------------------------------------------------------------------------------------------
# Building products from families
# ---------------------------------------------------------------------------------------------
def retail_price(value, key):
    """Rounds to a retail ending, chosen stably from the product key."""
    if value < 1:
        return round(value + 0.0001, 2)
    endings = [0.97, 0.98, 0.99, 0.47] if value < 20 else ([0.97, 0.99, 0.00, 0.98] if value < 200 else [0.00, 0.00, 0.97, 0.99])
    ending = endings[int(unit("price", key) * len(endings))]
    return round(int(value) + ending, 2)


def build_products():
    products = []
    next_id = 1
    for family in FAMILIES:
        names = [name for name, _ in family.dims]
        for combo_index, combo in enumerate(itertools.product(*[values for _, values in family.dims])):
            key = family.key + ":" + "/".join(value for value, _, _ in combo)
            fill = {"brand": family.brand}
            attributes = {}
            price = family.price
            for name, (value, title_text, delta) in zip(names, combo):
                fill[name] = value if title_text is None else title_text
                attributes[name] = value
                price += delta
            attributes.update(family.attrs)
            title = re.sub(r"\s+", " ", family.title.format(**fill)).strip()
            title = title.replace(" ,", ",").replace("with ,", "with").replace(" )", ")")
            code = "%02d%03d" % (FAMILIES.index(family) + 10, combo_index + 1)
            model = family.model.format(code=code)
            sentences = list(family.description)
            if family.variant_sentence:
                sentences.append(family.variant_sentence.format(**attributes))
            reviews = int(family.reviews * (0.15 + 1.7 * unit("reviews", key)))
            if unit("unreviewed", key) < 0.05:
                reviews = 0
            rating = min(5.0, max(1.0, family.rating + (unit("rating", key) - 0.5) * 0.6))
            stock_roll = unit("stock", key)
            stock = 0 if stock_roll < 0.1 else int(2 + 400 * unit("stock-count", key) ** 2)
            product = {
                "_family": family.key,
                "id": "S%05d" % next_id,
                "sku": "%09d" % (100000000 + int(unit("sku", key) * 899999999)),
                "model": model,
                "title": title,
                "description": " ".join(sentences),
                "brand": family.brand,
                "category": family.category,
                "price": retail_price(max(price, 0.5), key),
                "currency": "USD",
            }
            if reviews > 0:
                product["rating"] = round(rating, 1)
            product.update({
                "review_count": reviews,
                "stock": stock,
                "popularity": round(min(1.0, reviews / (reviews + 400) * 0.8 + 0.2 * unit("popularity", key)), 4),
                "attributes": attributes,
            })
            products.append(product)
            next_id += 1
    assert len({p["sku"] for p in products}) == len(products), "SKUs must be unique"
    assert len({p["model"] for p in products}) == len(products), "model numbers must be unique"
    assert len({p["title"] for p in products}) == len(products), "titles must be unique"
    return products


# ---------------------------------------------------------------------------------------------
# Queries and judgments
# ---------------------------------------------------------------------------------------------
def fam(*keys):
    return lambda p: p["_family"] in keys


def has(name, *values):
    return lambda p: p["attributes"].get(name) in values


def both(*rules):
    return lambda p: all(rule(p) for rule in rules)


def either(*rules):
    return lambda p: any(rule(p) for rule in rules)


def in_category(*parts):
    return lambda p: all(part in p["category"].split(" > ") for part in parts)


NOTHING = lambda p: False


class Query:
    """A shopper query with its judging rules (see the module docstring)."""

    def __init__(self, text, exact, related=NOTHING, near_miss=NOTHING):
        self.text = text
        self.exact = exact
        self.related = related
        self.near_miss = near_miss


def model_of(products, family, position):
    """The model number of the family's product at `position` (in generation order)."""
    return [p for p in products if p["_family"] == family][position]["model"]


def build_queries(products):
    drills = fam("drill-driver", "hammer-drill", "impact-driver")
    return [
        Query("cordless drill with battery",
              both(fam("drill-driver", "hammer-drill"), lambda p: p["attributes"]["kit"] != "Tool Only"),
              drills, either(fam("drill-bits", "screwdriver-set"), in_category("Power Tools"))),
        Query("torvane hammer drill", fam("hammer-drill"), fam("drill-driver", "impact-driver"), fam("drill-bits")),
        Query("impact driver", fam("impact-driver"), fam("drill-driver", "hammer-drill"), fam("drill-bits", "screwdriver-set")),
        Query("7 1/4 circular saw", fam("circular-saw"), fam("miter-saw", "recip-saw"), in_category("Power Tools")),
        Query("12 in miter saw", both(fam("miter-saw"), has("size", "12 in.")), fam("miter-saw"), fam("circular-saw")),
        Query("25 ft tape measure", both(fam("tape-measure"), has("length", "25 ft.")), fam("tape-measure"),
              either(both(fam("outdoor-cord"), has("length", "25 ft.")), both(fam("garden-hose"), has("length", "25 ft.")))),
        Query("shop vac 12 gallon", both(fam("shop-vac"), has("capacity", "12 gal.")), fam("shop-vac"), fam("storage-tote")),
        Query("pancake air compressor", both(fam("air-compressor"), has("style", "Pancake")), fam("air-compressor"), fam("pressure-washer")),
        Query("leather work gloves large", both(fam("work-gloves"), has("size", "Large")), fam("work-gloves")),
        Query("deck screws 3 inch", both(fam("deck-screws"), has("length", "3 in.")), fam("deck-screws"), fam("wood-screws", "hex-bolt")),
        Query("#8 wood screws", both(fam("wood-screws"), has("gauge", "8")), fam("wood-screws"), fam("deck-screws")),
        Query("drywall anchors 75 lb", both(fam("drywall-anchors"), has("rating", "75 lb.")), fam("drywall-anchors"), fam("bike-hook")),
        Query("matte black cabinet pulls", both(fam("cabinet-pull"), has("finish", "Matte Black")),
              either(fam("cabinet-pull"), both(fam("cabinet-knob"), has("finish", "Matte Black"))),
              both(has("finish", "Matte Black"), fam("pulldown-faucet", "ceiling-fan", "flush-mount"))),
        Query("brushed gold knobs", both(fam("cabinet-knob"), has("finish", "Brushed Gold")),
              either(fam("cabinet-knob"), both(fam("cabinet-pull"), has("finish", "Brushed Gold"))), fam("entry-knob")),
        Query("keyed entry door knob satin nickel", both(fam("entry-knob"), has("finish", "Satin Nickel")),
              either(fam("entry-knob"), both(fam("deadbolt"), has("finish", "Satin Nickel"))), fam("cabinet-knob")),
        Query("smart lock wifi", both(fam("smart-lock"), has("connect", "Wi-Fi")), fam("smart-lock", "deadbolt"), fam("smart-plug", "doorbell")),
        Query("double cylinder deadbolt", both(fam("deadbolt"), has("type", "Double Cylinder")), fam("deadbolt", "entry-knob"), fam("padlock")),
        Query("gfci outlet 20 amp", both(fam("gfci"), has("amps", "20 Amp")), fam("gfci"),
              either(both(fam("toggle-switch"), has("amps", "20 Amp")), fam("surge-protector"))),
        Query("dimmer switch for led", fam("dimmer"), fam("toggle-switch"), fam("led-bulb")),
        Query("100 ft extension cord 12 gauge", both(fam("outdoor-cord"), has("length", "100 ft."), has("gauge", "12/3")),
              fam("outdoor-cord", "indoor-cord"), both(fam("garden-hose"), has("length", "100 ft."))),
        Query("surge protector with usb", both(fam("surge-protector"), has("usb", "2 USB-A and 1 USB-C")), fam("surge-protector"), fam("indoor-cord", "smart-plug")),
        Query("dual fuel generator", both(fam("generator"), has("fuel", "Dual Fuel")), fam("generator")),
        Query("12/2 wire 250 ft", both(fam("nm-wire"), has("gauge", "12/2"), has("length", "250 ft.")), fam("nm-wire"), fam("outdoor-cord")),
        Query("video doorbel", fam("doorbell"), fam("smart-lock"), fam("smart-plug")),
        Query("pull down kitchen faucet matte black", both(fam("pulldown-faucet"), has("finish", "Matte Black")),
              either(fam("pulldown-faucet"), both(fam("bath-faucet", "widespread-faucet"), has("finish", "Matte Black"))),
              both(fam("cabinet-pull", "cabinet-knob"), has("finish", "Matte Black"))),
        Query("touchless kitchen faucet", both(fam("pulldown-faucet"), has("series", "Arden Touchless")), fam("pulldown-faucet"), fam("bath-faucet")),
        Query("brushed nickel bathroom faucet", both(fam("bath-faucet", "widespread-faucet"), has("finish", "Brushed Nickel")),
              fam("bath-faucet", "widespread-faucet"), both(fam("shower-head", "pulldown-faucet"), has("finish", "Brushed Nickel"))),
        Query("elongated comfort height toilet", both(fam("toilet"), has("shape", "Elongated Comfort Height")),
              either(fam("toilet"), both(fam("toilet-seat"), has("shape", "Elongated"))), fam("toilet-seat")),
        Query("slow close toilet seat elongated", both(fam("toilet-seat"), has("shape", "Elongated")), fam("toilet-seat"), fam("toilet")),
        Query("handheld shower head", fam("shower-head"), NOTHING, fam("bath-faucet", "pulldown-faucet")),
        Query("50 gallon gas water heater", both(fam("water-heater"), has("capacity", "50 gal."), has("fuel", "Natural Gas")),
              either(fam("water-heater"), both(fam("tankless"), has("fuel", "Indoor Natural Gas")))),
        Query("tankless water heater", fam("tankless"), fam("water-heater")),
        Query("reverse osmosis system", fam("under-sink-filter")),
        Query("eggshell interior paint", both(fam("interior-paint"), has("sheen", "Eggshell")), fam("interior-paint"), fam("exterior-paint")),
        Query("navy exterior paint", both(fam("exterior-paint"), has("color", "Midnight Navy")), fam("exterior-paint"),
              either(fam("interior-paint"), both(fam("spray-paint"), has("color", "Navy Blue")))),
        Query("flat black spray paint", both(fam("spray-paint"), has("sheen", "Flat"), has("color", "Black")),
              both(fam("spray-paint"), either(has("sheen", "Flat"), has("color", "Black"))), fam("paint-brush")),
        Query("semi transparent deck stain cedar", both(fam("deck-stain"), has("opacity", "Semi-Transparent"), has("color", "Natural Cedar")),
              fam("deck-stain"), fam("interior-stain")),
        Query("dark walnut stain", both(fam("interior-stain"), has("color", "Dark Walnut")), fam("interior-stain", "deck-stain"),
              has("finish", "Walnut")),
        Query("painters tape", fam("painters-tape"), NOTHING, fam("caulk")),
        Query("self propelled lawn mower", fam("sp-mower"), fam("push-mower")),
        Query("cordless leaf blower", both(fam("leaf-blower"), has("power", "40 V Cordless")), fam("leaf-blower"), fam("string-trimmer")),
        Query("gas pressure washr 3100 psi", both(fam("pressure-washer"), has("psi", "3100 PSI"), has("power", "Gas")), fam("pressure-washer")),
        Query("100 ft garden hose", both(fam("garden-hose"), has("length", "100 ft.")), fam("garden-hose", "hose-nozzle"),
              both(fam("outdoor-cord"), has("length", "100 ft."))),
        Query("4 burner stainless gas grill", both(fam("gas-grill"), has("burners", "4-Burner"), has("finish", "Stainless Steel")), fam("gas-grill")),
        Query("counter depth french door refrigerator", both(fam("french-door"), has("depth", "Counter-Depth")), fam("french-door")),
        Query("8000 btu window air conditioner", both(fam("window-ac"), has("btu", "8,000 BTU")), fam("window-ac"), fam("dehumidifier")),
        Query("dehumidifer 50 pint", both(fam("dehumidifier"), has("pints", "50")), fam("dehumidifier"), fam("window-ac")),
        Query("air fryer dual basket", both(fam("air-fryer"), has("capacity", "8 qt. Dual Basket")), fam("air-fryer")),
        Query("12 inch cast iron skillet", both(fam("cast-iron-skillet"), has("size", "12 in.")), fam("cast-iron-skillet", "cookware-set")),
        Query("52 inch ceiling fan with remote", both(fam("ceiling-fan"), has("size", "52 in."), has("control", "Remote Control")),
              either(fam("ceiling-fan"), both(fam("outdoor-fan"), has("size", "52 in."))), fam("outdoor-fan")),
        Query("100 watt daylight led bulb", both(fam("led-bulb"), has("watts", "100-Watt Equivalent"), has("temp", "5000K Daylight")),
              either(fam("led-bulb"), both(fam("flood-bulb"), has("temp", "5000K Daylight"))), fam("security-light", "recessed-led")),
        Query("6 inch canless recessed light", both(fam("recessed-led"), has("size", "6 in.")), fam("recessed-led"), fam("flood-bulb")),
        Query("waterproof vinyl plank flooring", fam("lvp"), fam("laminate"), fam("carpet-tile", "porcelain-tile")),
        Query("white subway tile", both(fam("subway-tile"), has("color", "White")), fam("subway-tile", "porcelain-tile"),
              both(fam("grout"), has("color", "Bright White"))),
        Query("8x10 area rug", both(fam("area-rug"), has("size", "8 ft. x 10 ft.")), fam("area-rug"), fam("carpet-tile")),
        Query("5 tier garage shelving", both(fam("shelving"), has("tiers", "5-Tier")), fam("shelving"), fam("pegboard", "storage-cube")),
        Query("bike hook garage", both(fam("bike-hook"), has("style", "Bike")), fam("bike-hook", "pegboard")),
        Query(model_of(products, "smart-lock", 2), lambda p: p["model"] == model_of(products, "smart-lock", 2), fam("smart-lock")),
        Query(model_of(products, "miter-saw", 3).lower(), lambda p: p["model"] == model_of(products, "miter-saw", 3), fam("miter-saw")),
        Query("ceiling fan brushed nikel", both(fam("ceiling-fan", "outdoor-fan"), has("finish", "Brushed Nickel")),
              fam("ceiling-fan", "outdoor-fan"), has("finish", "Brushed Nickel")),
    ]


def judge(query, products):
    """(product id, grade) pairs for one query, by the rules in the module docstring."""
    judged = []
    near = []
    for product in products:
        if query.exact(product):
            judged.append((product["id"], 2))
        elif query.related(product):
            judged.append((product["id"], 1))
        elif query.near_miss(product):
            near.append((product["id"], 0))
    return judged + near[:NEAR_MISS_LIMIT]


def main():
    products = build_products()
    queries = build_queries(products)
    assert 40 <= len(queries) <= 60
    with open(os.path.join(HERE, "products.jsonl"), "w", encoding="utf-8", newline="\n") as out:
        for product in products:
            record = {key: value for key, value in product.items() if not key.startswith("_")}
            out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
    with open(os.path.join(HERE, "queries.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("query_id\tquery\n")
        for number, query in enumerate(queries, start=1):
            out.write("%d\t%s\n" % (number, query.text))
    with open(os.path.join(HERE, "qrels.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("query_id\tproduct_id\tgrade\n")
        for number, query in enumerate(queries, start=1):
            judgments = judge(query, products)
            assert any(grade == 2 for _, grade in judgments), "query %r has no grade-2 product" % query.text
            for product_id, grade in sorted(judgments, key=lambda j: (-j[1], j[0])):
                out.write("%d\t%s\t%d\n" % (number, product_id, grade))
    print("wrote %d products, %d queries" % (len(products), len(queries)))


if __name__ == "__main__":
    main()
