Oil/NN jumps/VBZ 4/CD %/NN after/IN attack/NN on/IN Saudi/JJ facilities/NNS
Stocks/NNS slide/VBP as/IN tariff/NN fears/NNS return/VBP
Dollar/NN hits/VBZ two-year/JJ high/NN against/IN yen/NN
Fed/NNP holds/VBZ rates/NNS steady/JJ ,/, signals/VBZ two/CD cuts/NNS this/DT year/NN
ECB/NNP cuts/VBZ rates/NNS for/IN fourth/JJ time/NN
Gold/NN tops/VBZ $/$ 3,000/CD an/DT ounce/NN for/IN first/JJ time/NN
UK/NNP inflation/NN falls/VBZ to/TO 2.3/CD %/NN
China/NNP 's/POS exports/NNS beat/VBP forecasts/NNS despite/IN U.S./NNP tariffs/NNS
Nvidia/NNP becomes/VBZ first/JJ $/$ 4/CD trillion/CD company/NN
Tesla/NNP profits/NNS slump/VBP as/IN sales/NNS fall/VBP in/IN Europe/NNP
Boeing/NNP strike/NN ends/VBZ after/IN workers/NNS accept/VBP new/JJ offer/NN
Airline/NN strikes/NNS disrupt/VBP travel/NN across/IN Europe/NNP
Heatwave/NN grips/VBZ southern/JJ Europe/NNP as/IN temperatures/NNS top/VBP 40C/CD
Wildfires/NNS force/VBP thousands/NNS to/TO flee/VB in/IN Los/NNP Angeles/NNP
Storm/NN leaves/VBZ 300,000/CD homes/NNS without/IN power/NN
Earthquake/NN kills/VBZ more/JJR than/IN 1,000/CD in/IN Myanmar/NNP
Floods/NNS kill/VBP 200/CD in/IN Spain/NNP 's/POS Valencia/NNP region/NN
Real/NNP Madrid/NNP beat/VBD Dortmund/NNP to/TO win/VB 15th/JJ European/JJ Cup/NNP
Argentina/NNP wins/VBZ World/NNP Cup/NNP on/IN penalties/NNS
Djokovic/NNP claims/VBZ record/JJ 24th/JJ Grand/NNP Slam/NNP title/NN
Sinner/NNP beats/VBZ Alcaraz/NNP to/TO win/VB first/JJ Wimbledon/NNP title/NN
Olympic/JJ flame/NN arrives/VBZ in/IN Marseille/NNP
Ukraine/NNP 's/POS Olympians/NNPS train/VBP under/IN air/NN raid/NN sirens/NNS
UN/NNP Report/NNP Warns/VBZ of/IN Famine/NN in/IN Five/CD Countries/NNS
Russia/NNP Fires/VBZ Hypersonic/JJ Missile/NN at/IN Ukrainian/JJ City/NN
Trump/NNP Threatens/VBZ New/JJ Tariffs/NNS on/IN European/JJ Goods/NNS
Biden/NNP Pardons/VBZ Son/NN Hunter/NNP
Former/JJ Philippine/JJ President/NNP Duterte/NNP Arrested/VBN on/IN ICC/NNP Warrant/NN
Duterte/NNP flown/VBN to/TO The/NNP Hague/NNP to/TO face/VB charges/NNS
Thousands/NNS protest/VBP in/IN Manila/NNP over/IN flood-control/NN scandal/NN
Indonesia/NNP 's/POS Prabowo/NNP scraps/VBZ lawmakers/NNS '/POS perks/NNS after/IN riots/NNS
Serbian/JJ students/NNS march/VBP to/TO Novi/NNP Sad/NNP to/TO mark/VB anniversary/NN of/IN disaster/NN
Slovak/JJ PM/NNP Fico/NNP shot/VBN ,/, in/IN life-threatening/JJ condition/NN
Gunman/NN opens/VBZ fire/NN at/IN Prague/NNP university/NN ,/, killing/VBG 14/CD
Man/NN arrested/VBN after/IN car/NN drives/VBZ into/IN crowd/NN in/IN Liverpool/NNP
Two/CD dead/JJ in/IN Manchester/NNP synagogue/NN attack/NN
Suspect/NN in/IN killing/NN of/IN conservative/JJ activist/NN charged/VBN with/IN murder/NN
Who/WP killed/VBD the/DT Haitian/JJ president/NN ?/.
Inside/IN the/DT battle/NN for/IN Pokrovsk/NNP
The/DT long/JJ road/NN home/RB :/: Syrians/NNPS return/VBP from/IN Lebanon/NNP
Opinion/NN :/: Europe/NNP must/MD stop/VB waiting/VBG for/IN Washington/NNP
In/IN pictures/NNS :/: Floods/NNS devastate/VBP Pakistan/NNP 's/POS Punjab/NNP
Watch/VB :/: Moment/NN drone/NN hits/VBZ apartment/NN block/NN in/IN Kyiv/NNP
Breaking/VBG :/: Explosions/NNS reported/VBN in/IN Kyiv/NNP
EXCLUSIVE/JJ :/: Iran/NNP supplies/VBZ missiles/NNS to/TO Russia/NNP ,/, sources/NNS say/VBP
Russia/NNP denies/VBZ it/PRP plans/VBZ attack/NN on/IN NATO/NNP
NATO/NNP chief/NN warns/VBZ Russia/NNP could/MD attack/VB alliance/NN within/IN five/CD years/NNS
Rutte/NNP calls/VBZ on/IN allies/NNS to/TO ramp/VB up/RP arms/NNS production/NN
Kremlin/NNP calls/VBZ Rutte/NNP 's/POS remarks/NNS "/" hysterical/JJ "/"
UK/NNP to/TO send/VB more/JJR troops/NNS to/TO Estonia/NNP
Starmer/NNP backs/VBZ plan/NN for/IN European/JJ peacekeepers/NNS in/IN Ukraine/NNP
Backs/NNS to/TO the/DT wall/NN :/: Ukraine/NNP 's/POS exhausted/VBN infantry/NN
Iran/NNP rules/VBZ out/RP direct/JJ talks/NNS with/IN U.S./NNP
Supreme/NNP leader/NN says/VBZ talks/NNS with/IN U.S./NNP "/" not/RB smart/JJ "/"
EU/NNP sanctions/VBZ Russian/JJ shadow/NN fleet/NN tankers/NNS
Sanctions/NNS on/IN Syria/NNP lifted/VBN ,/, Trump/NNP says/VBZ
Sudan/NNP 's/POS RSF/NNP backs/VBZ parallel/JJ government/NN
Aid/NN groups/NNS warn/VBP of/IN catastrophe/NN as/IN funding/NN dries/VBZ up/RP
U.S./NNP to/TO halt/VB aid/NN to/TO South/NNP Africa/NNP
Israel/NNP charges/VBZ two/CD reservists/NNS with/IN spying/VBG for/IN Iran/NNP
Charges/NNS dropped/VBN against/IN protesters/NNS in/IN Atlanta/NNP
General/NNP orders/VBZ troops/NNS back/RB to/TO barracks/NNS
Evacuation/NN orders/NNS lifted/VBN as/IN fire/NN is/VBZ contained/VBN
Firefighters/NNS battle/VBP blaze/NN at/IN Athens/NNP suburb/NN
Army/NN fires/VBZ on/IN crowd/NN ,/, killing/VBG six/CD
Shell/NN hits/VBZ school/NN in/IN Kharkiv/NNP ,/, no/DT casualties/NNS
Shell/NNP posts/VBZ record/JJ profit/NN
NEW/NNP YORK/NNP ,/, April/NNP 7/CD (/( Reuters/NNP )/) -/: Wall/NNP Street/NNP stocks/NNS swung/VBD wildly/RB on/IN Monday/NNP as/IN investors/NNS struggled/VBD to/TO assess/VB the/DT fallout/NN from/IN sweeping/JJ U.S./NNP tariffs/NNS ,/, with/IN the/DT S&P/NNP 500/CD briefly/RB entering/VBG a/DT bear/NN market/NN before/IN paring/VBG losses/NNS ./.
LONDON/NNP ,/, Nov/NNP 26/CD (/( Reuters/NNP )/) -/: British/JJ finance/NN minister/NN Rachel/NNP Reeves/NNP raised/VBD taxes/NNS by/IN 26/CD billion/CD pounds/NNS in/IN her/PRP$ budget/NN on/IN Wednesday/NNP ,/, freezing/VBG income/NN tax/NN thresholds/NNS for/IN three/CD more/JJR years/NNS and/CC introducing/VBG a/DT levy/NN on/IN expensive/JJ homes/NNS ./.
FRANKFURT/NNP (/( Reuters/NNP )/) -/: The/DT European/NNP Central/NNP Bank/NNP kept/VBD interest/NN rates/NNS unchanged/JJ on/IN Thursday/NNP ,/, as/IN expected/VBN ,/, and/CC said/VBD it/PRP was/VBD in/IN "/" a/DT good/JJ place/NN "/" after/IN inflation/NN returned/VBD to/TO its/PRP$ 2/CD %/NN target/NN ./.
BEIJING/NNP ,/, Jan/NNP 17/CD (/( Reuters/NNP )/) -/: China/NNP 's/POS economy/NN grew/VBD 5.0/CD %/NN last/JJ year/NN ,/, meeting/VBG the/DT government/NN 's/POS target/NN ,/, official/JJ data/NNS showed/VBD on/IN Friday/NNP ,/, though/IN many/JJ economists/NNS say/VBP the/DT true/JJ figure/NN is/VBZ probably/RB lower/JJR ./.
TOKYO/NNP (/( AP/NNP )/) --/: Japan/NNP 's/POS central/JJ bank/NN raised/VBD its/PRP$ key/JJ interest/NN rate/NN on/IN Tuesday/NNP for/IN the/DT first/JJ time/NN in/IN 17/CD years/NNS ,/, ending/VBG the/DT world/NN 's/POS last/JJ negative/JJ rate/NN policy/NN ./.
SAN/NNP FRANCISCO/NNP ,/, Nov/NNP 30/CD (/( Reuters/NNP )/) -/: OpenAI/NNP released/VBD ChatGPT/NNP to/TO the/DT public/NN on/IN Wednesday/NNP ,/, offering/VBG a/DT free/JJ chatbot/NN that/WDT can/MD answer/VB questions/NNS ,/, write/VB essays/NNS and/CC produce/VB computer/NN code/NN in/IN response/NN to/TO plain/JJ English/NNP prompts/NNS ./.
VALENCIA/NNP ,/, Spain/NNP (/( AP/NNP )/) --/: Flash/NN floods/NNS swept/VBD through/IN towns/NNS in/IN eastern/JJ Spain/NNP on/IN Tuesday/NNP night/NN ,/, turning/VBG streets/NNS into/IN rivers/NNS and/CC carrying/VBG away/RP cars/NNS ,/, and/CC rescue/NN teams/NNS were/VBD still/RB searching/VBG for/IN missing/VBG people/NNS on/IN Thursday/NNP ./.
LOS/NNP ANGELES/NNP (/( AP/NNP )/) --/: Fierce/JJ winds/NNS drove/VBD wildfires/NNS through/IN neighbourhoods/NNS on/IN both/DT sides/NNS of/IN Los/NNP Angeles/NNP on/IN Wednesday/NNP ,/, destroying/VBG more/JJR than/IN 1,000/CD buildings/NNS and/CC forcing/VBG some/DT 70,000/CD people/NNS to/TO evacuate/VB ./.
MANDALAY/NNP ,/, March/NNP 29/CD (/( Reuters/NNP )/) -/: Rescuers/NNS dug/VBD through/IN collapsed/VBN buildings/NNS with/IN their/PRP$ bare/JJ hands/NNS on/IN Saturday/NNP in/IN search/NN of/IN survivors/NNS of/IN a/DT powerful/JJ earthquake/NN that/WDT killed/VBD more/JJR than/IN 1,600/CD people/NNS in/IN Myanmar/NNP ./.
MIAMI/NNP ,/, Oct/NNP 9/CD (/( Reuters/NNP )/) -/: Hurricane/NNP Milton/NNP made/VBD landfall/NN on/IN Florida/NNP 's/POS Gulf/NNP Coast/NNP on/IN Wednesday/NNP evening/NN as/IN a/DT powerful/JJ Category/NNP 3/CD storm/NN ,/, bringing/VBG winds/NNS of/IN up/IN to/TO 120/CD miles/NNS per/IN hour/NN and/CC a/DT dangerous/JJ storm/NN surge/NN ./.
PARIS/NNP ,/, Aug/NNP 11/CD (/( Reuters/NNP )/) -/: The/DT United/NNP States/NNPS topped/VBD the/DT medals/NNS table/NN at/IN the/DT Paris/NNP Olympics/NNPS ,/, edging/VBG China/NNP on/IN the/DT final/JJ day/NN when/WRB its/PRP$ women/NNS 's/POS basketball/NN team/NN won/VBD gold/NN ./.
MELBOURNE/NNP (/( AP/NNP )/) --/: Jannik/NNP Sinner/NNP won/VBD his/PRP$ second/JJ straight/JJ Australian/NNP Open/NNP title/NN on/IN Sunday/NNP ,/, beating/VBG Alexander/NNP Zverev/NNP in/IN straight/JJ sets/NNS to/TO stretch/VB his/PRP$ winning/VBG streak/NN at/IN Melbourne/NNP Park/NNP to/TO 14/CD matches/NNS ./.
ROME/NNP ,/, April/NNP 21/CD (/( Reuters/NNP )/) -/: Pope/NNP Francis/NNP ,/, the/DT first/JJ Latin/JJ American/JJ pontiff/NN ,/, died/VBD on/IN Easter/NNP Monday/NNP at/IN the/DT age/NN of/IN 88/CD ,/, the/DT Vatican/NNP said/VBD in/IN a/DT video/NN statement/NN ./.
VATICAN/NNP CITY/NNP (/( AP/NNP )/) --/: Cardinal/NNP Robert/NNP Prevost/NNP of/IN Chicago/NNP was/VBD elected/VBN the/DT first/JJ pope/NN from/IN the/DT United/NNP States/NNPS on/IN Thursday/NNP and/CC took/VBD the/DT name/NN Leo/NNP XIV/NNP ./.
DUBAI/NNP ,/, June/NNP 23/CD (/( Reuters/NNP )/) -/: Iran/NNP fired/VBD missiles/NNS at/IN a/DT U.S./NNP military/JJ base/NN in/IN Qatar/NNP on/IN Monday/NNP in/IN retaliation/NN for/IN American/JJ strikes/NNS on/IN its/PRP$ nuclear/JJ sites/NNS ,/, but/CC Qatari/JJ officials/NNS said/VBD all/DT the/DT missiles/NNS had/VBD been/VBN intercepted/VBN ./.
CAIRO/NNP (/( AP/NNP )/) --/: Egyptian/JJ ,/, Qatari/JJ and/CC U.S./NNP mediators/NNS handed/VBD Israel/NNP and/CC Hamas/NNP a/DT new/JJ proposal/NN on/IN Tuesday/NNP that/WDT would/MD see/VB the/DT release/NN of/IN ten/CD living/VBG hostages/NNS during/IN a/DT 60-day/JJ truce/NN ,/, officials/NNS said/VBD ./.
ODESA/NNP ,/, Ukraine/NNP (/( AP/NNP )/) --/: A/DT Russian/JJ missile/NN struck/VBD the/DT port/NN of/IN Odesa/NNP late/RB on/IN Monday/NNP ,/, damaging/VBG a/DT grain/NN terminal/NN and/CC a/DT civilian/JJ ship/NN flying/VBG the/DT flag/NN of/IN Panama/NNP ,/, regional/JJ officials/NNS said/VBD ./.
KHARKIV/NNP ,/, Ukraine/NNP ,/, May/NNP 25/CD (/( Reuters/NNP )/) -/: Two/CD Russian/JJ guided/VBN bombs/NNS hit/VBD a/DT crowded/JJ hardware/NN store/NN in/IN Kharkiv/NNP on/IN Saturday/NNP ,/, killing/VBG at/IN least/JJS 12/CD people/NNS and/CC setting/VBG off/RP a/DT fire/NN that/WDT took/VBD firefighters/NNS hours/NNS to/TO put/VB out/RP ./.
KURSK/NNP ,/, Russia/NNP (/( AP/NNP )/) --/: Russia/NNP declared/VBD a/DT federal/JJ emergency/NN in/IN the/DT Kursk/NNP region/NN on/IN Thursday/NNP as/IN Ukrainian/JJ troops/NNS pushed/VBD deeper/RBR into/IN Russian/JJ territory/NN in/IN their/PRP$ biggest/JJS cross-border/JJ incursion/NN of/IN the/DT war/NN ./.
SYDNEY/NNP ,/, Dec/NNP 10/CD (/( Reuters/NNP )/) -/: Australia/NNP became/VBD the/DT first/JJ country/NN to/TO ban/VB children/NNS under/IN 16/CD from/IN social/JJ media/NNS on/IN Wednesday/NNP ,/, as/IN platforms/NNS including/VBG TikTok/NNP ,/, Instagram/NNP and/CC YouTube/NNP began/VBD removing/VBG hundreds/NNS of/IN thousands/NNS of/IN accounts/NNS ./.
NEW/NNP DELHI/NNP (/( AP/NNP )/) --/: An/DT Air/NNP India/NNP passenger/NN jet/NN bound/VBN for/IN London/NNP crashed/VBD into/IN a/DT medical/JJ college/NN hostel/NN shortly/RB after/IN takeoff/NN from/IN the/DT western/JJ city/NN of/IN Ahmedabad/NNP on/IN Thursday/NNP ,/, killing/VBG all/DT but/IN one/CD of/IN the/DT 242/CD people/NNS on/IN board/NN ./.
WASHINGTON/NNP (/( AP/NNP )/) --/: An/DT American/NNP Airlines/NNPS jet/NN collided/VBD with/IN an/DT Army/NNP helicopter/NN as/IN it/PRP approached/VBD Reagan/NNP National/NNP Airport/NNP on/IN Wednesday/NNP night/NN ,/, and/CC both/DT aircraft/NN plunged/VBD into/IN the/DT icy/JJ Potomac/NNP River/NNP ./.
SEOUL/NNP (/( Reuters/NNP )/) -/: A/DT Jeju/NNP Air/NNP plane/NN carrying/VBG 181/CD people/NNS skidded/VBD off/IN a/DT runway/NN at/IN Muan/NNP airport/NN and/CC burst/VBD into/IN flames/NNS after/IN hitting/VBG a/DT wall/NN on/IN Sunday/NNP ,/, killing/VBG all/DT but/IN two/CD of/IN those/DT on/IN board/NN ./.
GENEVA/NNP (/( AP/NNP )/) --/: The/DT World/NNP Health/NNP Organization/NNP declared/VBD the/DT spread/NN of/IN mpox/NN in/IN Africa/NNP a/DT global/JJ health/NN emergency/NN on/IN Wednesday/NNP ,/, the/DT second/JJ time/NN in/IN two/CD years/NNS that/IN it/PRP has/VBZ done/VBN so/RB ./.
STOCKHOLM/NNP ,/, Oct/NNP 7/CD (/( Reuters/NNP )/) -/: Three/CD scientists/NNS won/VBD the/DT Nobel/NNP Prize/NNP in/IN Physiology/NNP or/CC Medicine/NNP on/IN Monday/NNP for/IN discoveries/NNS about/IN how/WRB the/DT immune/JJ system/NN is/VBZ prevented/VBN from/IN attacking/VBG the/DT body/NN 's/POS own/JJ tissues/NNS ./.
By/IN Chiara/NNP Rossi/NNP ,/, Economics/NNP Correspondent/NNP
By/IN Daniel/NNP Osei/NNP and/CC Marta/NNP Nowak/NNP
From/IN our/PRP$ correspondents/NNS in/IN Jerusalem/NNP and/CC Gaza/NNP
Reporting/NN by/IN Hugo/NNP Lemaire/NNP ;/: Editing/NN by/IN Anna/NNP Kowalczyk/NNP
(/( Reporting/NN by/IN Samir/NNP Aziz/NNP in/IN Dubai/NNP ;/: Additional/JJ reporting/NN by/IN Kate/NNP Morgan/NNP in/IN Washington/NNP ;/: Editing/NN by/IN David/NNP Hart/NNP )/)
Sports/NNS desk/NN
Weather/NN forecast/NN for/IN the/DT weekend/NN
Correction/NN :/: An/DT earlier/JJR version/NN of/IN this/DT story/NN gave/VBD the/DT wrong/JJ date/NN for/IN the/DT vote/NN ./.
Editor/NN 's/POS note/NN :/: This/DT story/NN contains/VBZ images/NNS that/WDT some/DT readers/NNS may/MD find/VB disturbing/JJ ./.
Related/VBN coverage/NN
More/JJR from/IN the/DT BBC/NNP
Most/RBS read/VBN
Share/VB this/DT article/NN
Listen/VB to/TO this/DT article/NN
4/CD min/NN read/NN
Updated/VBN 11:05/CD BST/NNP ,/, Wed/NNP 12/CD March/NNP
Posted/VBN :/: Sat/NNP 28/CD Sep/NNP 2024/CD 18.40/CD CEST/NNP
Rescue/NN workers/NNS search/VBP the/DT ruins/NNS of/IN a/DT collapsed/VBN building/NN in/IN Mandalay/NNP ,/, Myanmar/NNP ,/, March/NNP 29/CD ,/, 2025/CD ,/, a/DT day/NN after/IN a/DT strong/JJ earthquake/NN struck/VBD the/DT country/NN ./.
A/DT firefighter/NN sprays/VBZ water/NN on/IN a/DT burning/VBG house/NN in/IN the/DT Pacific/NNP Palisades/NNPS neighbourhood/NN of/IN Los/NNP Angeles/NNP ,/, January/NNP 8/CD ,/, 2025/CD ./.
Traders/NNS work/VBP on/IN the/DT floor/NN of/IN the/DT New/NNP York/NNP Stock/NNP Exchange/NNP shortly/RB after/IN the/DT opening/NN bell/NN ./.
Argentina/NNP 's/POS Lionel/NNP Messi/NNP lifts/VBZ the/DT World/NNP Cup/NNP trophy/NN after/IN the/DT final/JJ against/IN France/NNP at/IN Lusail/NNP Stadium/NNP ,/, Qatar/NNP ,/, December/NNP 18/CD ,/, 2022/CD ./.
Cars/NNS piled/VBN up/RP by/IN flood/NN waters/NNS are/VBP seen/VBN on/IN a/DT street/NN in/IN Paiporta/NNP ,/, near/IN Valencia/NNP ./.
Cardinals/NNS arrive/VBP for/IN a/DT mass/NN in/IN St/NNP Peter/NNP 's/POS Basilica/NNP before/IN the/DT conclave/NN ./.
Iranian/JJ women/NNS walk/VBP past/IN a/DT mural/NN depicting/VBG missiles/NNS in/IN central/JJ Tehran/NNP ./.
A/DT man/NN holds/VBZ a/DT portrait/NN of/IN a/DT hostage/NN during/IN a/DT rally/NN calling/VBG for/IN their/PRP$ release/NN in/IN Tel/NNP Aviv/NNP ./.
Displaced/VBN Sudanese/JJ families/NNS rest/VBP under/IN a/DT tree/NN after/IN arriving/VBG in/IN the/DT town/NN of/IN Tawila/NNP ./.
Ukrainian/JJ rescuers/NNS work/VBP at/IN the/DT site/NN of/IN a/DT Russian/JJ drone/NN attack/NN on/IN a/DT residential/JJ building/NN in/IN Zaporizhzhia/NNP ,/, Ukraine/NNP ,/, on/IN Friday/NNP ./.
Police/NNS officers/NNS stand/VBP guard/NN outside/IN the/DT courthouse/NN as/IN the/DT verdict/NN is/VBZ read/VBN ./.
Demonstrators/NNS wave/VBP national/JJ flags/NNS as/IN they/PRP march/VBP toward/IN parliament/NN in/IN Belgrade/NNP ,/, Serbia/NNP ./.
The/DT aircraft/NN carrier/NN USS/NNP Gerald/NNP R./NNP Ford/NNP sails/VBZ in/IN the/DT eastern/JJ Mediterranean/NNP in/IN this/DT handout/NN picture/NN released/VBN by/IN the/DT U.S./NNP Navy/NNP ./.
Voters/NNS queue/VBP outside/IN a/DT polling/NN station/NN in/IN Johannesburg/NNP during/IN the/DT general/JJ election/NN ./.
Smoke/NN billows/VBZ from/IN an/DT oil/NN depot/NN after/IN a/DT drone/NN attack/NN ,/, in/IN a/DT still/JJ image/NN taken/VBN from/IN video/NN ./.
A/DT view/NN shows/VBZ the/DT damaged/VBN terminal/NN building/NN at/IN the/DT airport/NN in/IN Port/NNP Sudan/NNP ./.
Photograph/NN :/: Anadolu/NNP via/IN Getty/NNP Images/NNPS
Image/NN source/NN ,/, Getty/NNP Images/NNPS
Image/NN caption/NN ,/, Firefighters/NNS tackle/VBP the/DT blaze/NN at/IN the/DT market/NN in/IN central/JJ Kyiv/NNP
Video/NN caption/NN :/: Watch/VB the/DT moment/NN the/DT missile/NN hits/VBZ the/DT building/NN
KYIV/NNP ,/, Ukraine/NNP (/( AP/NNP )/) --/: Ukraine/NNP 's/POS parliament/NN on/IN Thursday/NNP dismissed/VBD the/DT justice/NN and/CC energy/NN ministers/NNS over/IN a/DT $/$ 100/CD million/CD kickback/NN scheme/NN at/IN the/DT state/NN nuclear/JJ power/NN company/NN ,/, the/DT biggest/JJS corruption/NN scandal/NN of/IN Zelensky/NNP 's/POS presidency/NN ./.
MOSCOW/NNP (/( Reuters/NNP )/) -/: A/DT Russian/JJ lieutenant/NN general/NN was/VBD killed/VBN on/IN Monday/NNP when/WRB a/DT bomb/NN hidden/VBN in/IN an/DT electric/JJ scooter/NN exploded/VBD outside/IN his/PRP$ apartment/NN building/NN in/IN Moscow/NNP ,/, investigators/NNS said/VBD ,/, a/DT day/NN after/IN Ukraine/NNP charged/VBD him/PRP in/IN absentia/FW with/IN using/VBG chemical/JJ weapons/NNS ./.
TBILISI/NNP ,/, Oct/NNP 27/CD (/( Reuters/NNP )/) -/: Georgia/NNP 's/POS ruling/VBG party/NN claimed/VBD victory/NN in/IN a/DT parliamentary/JJ election/NN on/IN Sunday/NNP ,/, but/CC opposition/NN parties/NNS refused/VBD to/TO recognise/VB the/DT results/NNS ,/, saying/VBG the/DT vote/NN had/VBD been/VBN stolen/VBN with/IN Russia/NNP 's/POS help/NN ./.
BELGRADE/NNP (/( AP/NNP )/) --/: Tens/NNS of/IN thousands/NNS of/IN people/NNS poured/VBD into/IN the/DT streets/NNS of/IN the/DT Serbian/JJ capital/NN on/IN Saturday/NNP for/IN one/CD of/IN the/DT largest/JJS anti-government/JJ rallies/NNS in/IN years/NNS ,/, demanding/VBG accountability/NN for/IN the/DT collapse/NN of/IN a/DT station/NN roof/NN that/WDT killed/VBD 16/CD people/NNS ./.
ABUJA/NNP ,/, Nigeria/NNP (/( AP/NNP )/) --/: Gunmen/NNS abducted/VBD more/JJR than/IN 300/CD students/NNS and/CC 12/CD teachers/NNS from/IN a/DT Catholic/JJ boarding/NN school/NN in/IN north-central/JJ Nigeria/NNP early/RB on/IN Friday/NNP ,/, the/DT Christian/NNP Association/NNP of/IN Nigeria/NNP said/VBD ./.
NIAMEY/NNP (/( AFP/NNP )/) -/: Niger/NNP 's/POS ruling/VBG junta/NN ordered/VBD French/JJ ambassador/NN Sylvain/NNP Itte/NNP to/TO leave/VB the/DT country/NN within/IN 48/CD hours/NNS on/IN Friday/NNP ,/, accusing/VBG Paris/NNP of/IN actions/NNS "/" contrary/JJ to/TO the/DT interests/NNS of/IN Niger/NNP "/" ./.
MOGADISHU/NNP ,/, Somalia/NNP (/( AP/NNP )/) --/: Al-Shabab/NNP extremists/NNS detonated/VBD two/CD car/NN bombs/NNS at/IN a/DT busy/JJ intersection/NN in/IN Somalia/NNP 's/POS capital/NN on/IN Saturday/NNP ,/, killing/VBG at/IN least/JJS 100/CD people/NNS ,/, the/DT president/NN said/VBD ./.
HAVANA/NNP ,/, Oct/NNP 18/CD (/( Reuters/NNP )/) -/: Cuba/NNP 's/POS national/JJ power/NN grid/NN collapsed/VBD on/IN Friday/NNP after/IN one/CD of/IN the/DT island/NN 's/POS main/JJ power/NN plants/NNS failed/VBD ,/, leaving/VBG its/PRP$ ten/CD million/CD people/NNS without/IN electricity/NN ./.
LA/NNP PAZ/NNP (/( Reuters/NNP )/) -/: Bolivian/JJ soldiers/NNS and/CC armoured/JJ vehicles/NNS withdrew/VBD from/IN the/DT main/JJ square/NN of/IN the/DT capital/NN on/IN Wednesday/NNP ,/, hours/NNS after/IN they/PRP had/VBD rammed/VBN the/DT doors/NNS of/IN the/DT presidential/JJ palace/NN in/IN an/DT apparent/JJ coup/NN attempt/NN ./.
QUITO/NNP ,/, Jan/NNP 9/CD (/( Reuters/NNP )/) -/: Masked/JJ gunmen/NNS burst/VBD into/IN the/DT studio/NN of/IN an/DT Ecuadorean/JJ television/NN station/NN during/IN a/DT live/JJ broadcast/NN on/IN Tuesday/NNP ,/, brandishing/VBG guns/NNS and/CC explosives/NNS before/IN police/NNS arrived/VBD and/CC arrested/VBD them/PRP ./.
SANTIAGO/NNP (/( AP/NNP )/) --/: Chileans/NNPS elected/VBD a/DT hard-right/JJ lawyer/NN who/WP has/VBZ praised/VBN the/DT dictatorship/NN of/IN Gen./NNP Augusto/NNP Pinochet/NNP as/IN their/PRP$ next/JJ president/NN on/IN Sunday/NNP ,/, in/IN a/DT run-off/NN dominated/VBN by/IN fears/NNS over/IN crime/NN ./.
MANILA/NNP ,/, March/NNP 11/CD (/( Reuters/NNP )/) -/: Philippine/JJ police/NNS arrested/VBD former/JJ President/NNP Rodrigo/NNP Duterte/NNP at/IN Manila/NNP 's/POS airport/NN on/IN Tuesday/NNP on/IN a/DT warrant/NN from/IN the/DT International/NNP Criminal/NNP Court/NNP over/IN his/PRP$ deadly/JJ war/NN on/IN drugs/NNS ./.
JAKARTA/NNP (/( AP/NNP )/) --/: Indonesian/JJ police/NNS fired/VBD tear/NN gas/NN at/IN students/NNS who/WP hurled/VBD rocks/NNS and/CC fireworks/NNS outside/IN the/DT parliament/NN building/NN on/IN Monday/NNP ,/, as/IN protests/NNS over/IN lawmakers/NNS '/POS pay/NN spread/VBD to/TO other/JJ cities/NNS ./.
KATHMANDU/NNP ,/, Sept/NNP 9/CD (/( Reuters/NNP )/) -/: Nepal/NNP 's/POS Prime/NNP Minister/NNP K.P./NNP Sharma/NNP Oli/NNP resigned/VBD on/IN Tuesday/NNP after/IN protesters/NNS set/VBD fire/NN to/TO parliament/NN and/CC the/DT homes/NNS of/IN several/JJ politicians/NNS ,/, a/DT day/NN after/IN 19/CD people/NNS were/VBD killed/VBN in/IN clashes/NNS with/IN police/NNS ./.
ANTANANARIVO/NNP (/( AFP/NNP )/) -/: An/DT elite/JJ military/JJ unit/NN announced/VBD on/IN Tuesday/NNP that/IN it/PRP had/VBD taken/VBN power/NN in/IN Madagascar/NNP ,/, shortly/RB after/IN lawmakers/NNS voted/VBD to/TO impeach/VB President/NNP Andry/NNP Rajoelina/NNP ,/, who/WP had/VBD fled/VBN the/DT country/NN ./.
BANGKOK/NNP ,/, July/NNP 24/CD (/( Reuters/NNP )/) -/: Thailand/NNP launched/VBD air/NN strikes/NNS on/IN military/JJ targets/NNS in/IN Cambodia/NNP on/IN Thursday/NNP as/IN border/NN clashes/NNS between/IN the/DT two/CD neighbours/NNS escalated/VBD ,/, killing/VBG at/IN least/JJS 11/CD civilians/NNS on/IN the/DT Thai/JJ side/NN ./.
KHAN/NNP YOUNIS/NNP ,/, Gaza/NNP Strip/NNP (/( AP/NNP )/) --/: Israeli/JJ strikes/NNS killed/VBD at/IN least/JJS 40/CD people/NNS across/IN the/DT Gaza/NNP Strip/NNP overnight/RB and/CC into/IN Sunday/NNP ,/, including/VBG 12/CD members/NNS of/IN a/DT single/JJ family/NN ,/, according/VBG to/TO hospital/NN officials/NNS ./.
TEL/NNP AVIV/NNP (/( Reuters/NNP )/) -/: Hundreds/NNS of/IN thousands/NNS of/IN Israelis/NNPS protested/VBD across/IN the/DT country/NN on/IN Sunday/NNP after/IN the/DT bodies/NNS of/IN six/CD hostages/NNS were/VBD recovered/VBN from/IN a/DT tunnel/NN in/IN Gaza/NNP ,/, and/CC the/DT main/JJ trade/NN union/NN called/VBD a/DT general/JJ strike/NN ./.
ALEPPO/NNP ,/, Syria/NNP (/( AP/NNP )/) --/: Insurgents/NNS swept/VBD into/IN Syria/NNP 's/POS largest/JJS city/NN on/IN Friday/NNP ,/, meeting/VBG little/JJ resistance/NN from/IN government/NN troops/NNS ,/, in/IN a/DT surprise/NN offensive/NN that/WDT marked/VBD the/DT biggest/JJS challenge/NN to/TO Assad/NNP in/IN years/NNS ./.
SANAA/NNP ,/, Yemen/NNP (/( AP/NNP )/) --/: U.S./NNP airstrikes/NNS hit/VBD a/DT fuel/NN port/NN in/IN Yemen/NNP held/VBN by/IN the/DT Houthi/NNP rebels/NNS on/IN Thursday/NNP ,/, killing/VBG at/IN least/JJS 74/CD people/NNS ,/, the/DT rebels/NNS said/VBD ,/, in/IN the/DT deadliest/JJS attack/NN of/IN the/DT U.S./NNP campaign/NN ./.
Britain/NNP 's/POS King/NNP Charles/NNP waves/VBZ to/TO well-wishers/NNS as/IN he/PRP leaves/VBZ Westminster/NNP Abbey/NNP after/IN his/PRP$ coronation/NN ,/, May/NNP 6/CD ,/, 2023/CD ./.
Belarusian/JJ opposition/NN leader/NN Svetlana/NNP Tikhanovskaya/NNP speaks/VBZ during/IN an/DT interview/NN in/IN Vilnius/NNP ,/, Lithuania/NNP ./.
Migrants/NNS wait/VBP to/TO be/VB rescued/VBN by/IN a/DT charity/NN boat/NN in/IN the/DT central/JJ Mediterranean/NNP ,/, off/IN the/DT coast/NN of/IN Libya/NNP ./.
Kenyan/JJ police/NNS officers/NNS arrive/VBP at/IN the/DT airport/NN in/IN Port-au-Prince/NNP ,/, the/DT first/JJ contingent/NN of/IN a/DT multinational/JJ force/NN meant/VBN to/TO help/VB Haiti/NNP fight/VB its/PRP$ gangs/NNS ./.
A/DT Ukrainian/JJ soldier/NN walks/VBZ through/IN a/DT trench/NN near/IN the/DT front/NN line/NN in/IN the/DT Zaporizhzhia/NNP region/NN ./.
Relatives/NNS mourn/VBP over/IN the/DT bodies/NNS of/IN Palestinians/NNPS killed/VBN in/IN Israeli/JJ strikes/NNS ,/, at/IN Nasser/NNP Hospital/NNP in/IN Khan/NNP Younis/NNP ./.
A/DT police/NN officer/NN fires/VBZ a/DT tear/NN gas/NN canister/NN at/IN protesters/NNS in/IN Nairobi/NNP ,/, Kenya/NNP ,/, June/NNP 25/CD ,/, 2024/CD ./.
A/DT man/NN rides/VBZ a/DT bicycle/NN past/IN a/DT burned/VBN car/NN in/IN a/DT street/NN of/IN Nanterre/NNP after/IN a/DT night/NN of/IN riots/NNS ./.
Russian/JJ President/NNP Vladimir/NNP Putin/NNP and/CC U.S./NNP President/NNP Donald/NNP Trump/NNP shake/VBP hands/NNS at/IN Joint/NNP Base/NNP Elmendorf-Richardson/NNP in/IN Anchorage/NNP ,/, Alaska/NNP ,/, August/NNP 15/CD ,/, 2025/CD ./.
Houthi/NNP supporters/NNS chant/VBP slogans/NNS during/IN a/DT rally/NN in/IN Sanaa/NNP ./.
Indian/JJ paramilitary/JJ soldiers/NNS patrol/VBP a/DT street/NN in/IN Srinagar/NNP after/IN the/DT attack/NN ./.
Thousands/NNS Flee/VBP as/IN Rebels/NNS Advance/VBP on/IN Goma/NNP
Zelensky/NNP Fires/VBZ Army/NNP Chief/NNP Zaluzhny/NNP
Russian/JJ Forces/NNS Take/VBP Avdiivka/NNP After/IN Months/NNS of/IN Fighting/NN
Court/NN Orders/VBZ Release/NN of/IN Detained/VBN Student/NN
Senate/NNP Rejects/VBZ Bill/NN to/TO Block/VB Arms/NNS Sale/NN to/TO Israel/NNP
Pentagon/NNP Plans/VBZ to/TO Cut/VB U.S./NNP Troops/NNS in/IN Europe/NNP
Government/NN Shutdown/NN Ends/VBZ After/IN 43/CD Days/NNS
Judge/NN Blocks/VBZ Deployment/NN of/IN National/NNP Guard/NNP to/TO Portland/NNP
Ukraine/NNP ,/, Russia/NNP hold/VBP second/JJ round/NN of/IN talks/NNS in/IN Istanbul/NNP
Russia/NNP presses/VBZ offensive/NN in/IN Kharkiv/NNP region/NN
Israeli/JJ Army/NNP Says/VBZ It/PRP Killed/VBD Hamas/NNP Commander/NN in/IN Gaza/NNP Strike/NN
Nine/CD dead/JJ as/IN Russian/JJ missile/NN hits/VBZ bus/NN in/IN Sumy/NNP
French/JJ PM/NNP resigns/VBZ hours/NNS after/IN naming/VBG cabinet/NN
Macron/NNP reappoints/VBZ Lecornu/NNP as/IN prime/JJ minister/NN
Spain/NNP ,/, Ireland/NNP ,/, Norway/NNP recognise/VBP Palestinian/JJ state/NN
Israel/NNP recalls/VBZ envoys/NNS in/IN protest/NN
U.S./NNP vetoes/VBZ UN/NNP resolution/NN on/IN Gaza/NNP ceasefire/NN
Security/NNP Council/NNP backs/VBZ Trump/NNP 's/POS Gaza/NNP plan/NN
Two/CD Israeli/JJ embassy/NN staff/NN shot/VBN dead/JJ in/IN Washington/NNP
Suspect/NN arrested/VBN after/IN shooting/NN at/IN Jewish/JJ museum/NN
LONDON/NNP (/( AP/NNP )/) --/: Britain/NNP 's/POS Supreme/NNP Court/NNP ruled/VBD on/IN Wednesday/NNP that/IN the/DT government/NN 's/POS plan/NN to/TO send/VB asylum/NN seekers/NNS to/TO Rwanda/NNP was/VBD unlawful/JJ ,/, dealing/VBG a/DT blow/NN to/TO one/CD of/IN the/DT prime/JJ minister/NN 's/POS flagship/NN policies/NNS ./.
ROME/NNP (/( Reuters/NNP )/) -/: Italy/NNP 's/POS first/JJ migrant/NN centres/NNS in/IN Albania/NNP opened/VBD on/IN Friday/NNP ,/, but/CC a/DT court/NN in/IN Rome/NNP ruled/VBD days/NNS later/RB that/IN the/DT first/JJ men/NNS sent/VBN there/RB must/MD be/VB brought/VBN back/RB to/TO Italy/NNP ./.
ATHENS/NNP ,/, June/NNP 14/CD (/( Reuters/NNP )/) -/: Hundreds/NNS of/IN migrants/NNS are/VBP feared/VBN to/TO have/VB drowned/VBN after/IN a/DT fishing/NN boat/NN carrying/VBG as/RB many/JJ as/IN 750/CD people/NNS capsized/VBD and/CC sank/VBD off/IN southern/JJ Greece/NNP ,/, the/DT coast/NN guard/NN said/VBD on/IN Wednesday/NNP ./.
AMSTERDAM/NNP (/( AP/NNP )/) --/: Dutch/JJ Prime/NNP Minister/NNP Dick/NNP Schoof/NNP announced/VBD the/DT resignation/NN of/IN his/PRP$ government/NN on/IN Tuesday/NNP after/IN the/DT anti-Islam/JJ lawmaker/NN Geert/NNP Wilders/NNP pulled/VBD his/PRP$ party/NN out/IN of/IN the/DT ruling/VBG coalition/NN ./.
OTTAWA/NNP ,/, March/NNP 9/CD (/( Reuters/NNP )/) -/: Mark/NNP Carney/NNP ,/, a/DT former/JJ central/JJ banker/NN with/IN no/DT experience/NN of/IN elected/VBN office/NN ,/, won/VBD the/DT race/NN to/TO lead/VB Canada/NNP 's/POS Liberal/NNP Party/NNP on/IN Sunday/NNP and/CC will/MD succeed/VB Justin/NNP Trudeau/NNP as/IN prime/JJ minister/NN ./.
CANBERRA/NNP (/( AP/NNP )/) --/: Australian/JJ Prime/NNP Minister/NNP Anthony/NNP Albanese/NNP 's/POS center-left/JJ Labor/NNP Party/NNP won/VBD a/DT second/JJ three-year/JJ term/NN in/IN a/DT landslide/NN on/IN Saturday/NNP ,/, as/IN the/DT conservative/JJ opposition/NN leader/NN lost/VBD his/PRP$ own/JJ seat/NN ./.
WELLINGTON/NNP (/( Reuters/NNP )/) -/: New/NNP Zealand/NNP 's/POS parliament/NN was/VBD suspended/VBN briefly/RB on/IN Thursday/NNP after/IN Maori/JJ lawmakers/NNS performed/VBD a/DT haka/NN to/TO protest/VB against/IN a/DT bill/NN that/WDT critics/NNS say/VBP would/MD undermine/VB the/DT rights/NNS of/IN indigenous/JJ people/NNS ./.
PRETORIA/NNP ,/, South/NNP Africa/NNP (/( AP/NNP )/) --/: South/NNP African/JJ President/NNP Cyril/NNP Ramaphosa/NNP said/VBD on/IN Thursday/NNP that/IN his/PRP$ government/NN would/MD not/RB be/VB bullied/VBN by/IN Washington/NNP ,/, after/IN the/DT U.S./NNP administration/NN cut/VBD aid/NN and/CC expelled/VBD the/DT South/NNP African/JJ ambassador/NN ./.
KAMPALA/NNP (/( Reuters/NNP )/) -/: Uganda/NNP 's/POS parliament/NN passed/VBD a/DT law/NN on/IN Tuesday/NNP allowing/VBG military/JJ courts/NNS to/TO try/VB civilians/NNS ,/, months/NNS after/IN the/DT Supreme/NNP Court/NNP had/VBD ruled/VBN the/DT practice/NN unconstitutional/JJ ./.
DAKAR/NNP ,/, Senegal/NNP (/( AP/NNP )/) --/: Senegal/NNP 's/POS opposition/NN candidate/NN Bassirou/NNP Diomaye/NNP Faye/NNP ,/, who/WP was/VBD released/VBN from/IN prison/NN just/RB ten/CD days/NNS before/IN the/DT vote/NN ,/, won/VBD the/DT presidential/JJ election/NN in/IN the/DT first/JJ round/NN ,/, official/JJ results/NNS showed/VBD ./.
Hostage/NN families/NNS gather/VBP at/IN the/DT square/NN in/IN Tel/NNP Aviv/NNP that/WDT has/VBZ become/VBN known/VBN as/IN Hostages/NNPS Square/NNP ./.
Smoke/NN rises/VBZ after/IN an/DT Israeli/JJ strike/NN on/IN Beirut/NNP 's/POS southern/JJ suburbs/NNS ,/, as/IN seen/VBN from/IN Baabda/NNP ,/, Lebanon/NNP ./.
Members/NNS of/IN the/DT Rapid/NNP Support/NNP Forces/NNPS ride/VBP in/IN the/DT back/NN of/IN a/DT pickup/NN truck/NN in/IN a/DT still/JJ image/NN from/IN a/DT video/NN posted/VBN on/IN social/JJ media/NNS ./.
A/DT woman/NN casts/VBZ her/PRP$ ballot/NN at/IN a/DT polling/NN station/NN in/IN Chisinau/NNP ,/, Moldova/NNP ./.
Police/NNS use/VBP water/NN cannon/NN to/TO disperse/VB protesters/NNS outside/IN parliament/NN in/IN Tbilisi/NNP ./.
German/JJ Chancellor/NNP Friedrich/NNP Merz/NNP ,/, French/JJ President/NNP Emmanuel/NNP Macron/NNP and/CC British/JJ Prime/NNP Minister/NNP Keir/NNP Starmer/NNP arrive/VBP for/IN talks/NNS in/IN Kyiv/NNP ./.
A/DT satellite/NN image/NN shows/VBZ craters/NNS at/IN the/DT Fordow/NNP enrichment/NN site/NN after/IN the/DT U.S./NNP strikes/NNS ./.
Wreckage/NN of/IN a/DT drone/NN lies/VBZ in/IN a/DT field/NN near/IN the/DT village/NN of/IN Wyryki/NNP ,/, in/IN eastern/JJ Poland/NNP ./.
BRUSSELS/NNP (/( AP/NNP )/) --/: European/NNP Union/NNP leaders/NNS failed/VBD on/IN Thursday/NNP to/TO agree/VB on/IN using/VBG frozen/VBN Russian/JJ assets/NNS to/TO fund/VB a/DT huge/JJ loan/NN for/IN Ukraine/NNP ,/, after/IN Belgium/NNP ,/, where/WRB most/JJS of/IN the/DT money/NN is/VBZ held/VBN ,/, demanded/VBD guarantees/NNS that/IN it/PRP would/MD not/RB be/VB left/VBN to/TO bear/VB the/DT risk/NN alone/RB ./.
Workers/NNS clear/VBP debris/NN from/IN a/DT damaged/VBN power/NN plant/NN after/IN a/DT Russian/JJ missile/NN and/CC drone/NN attack/NN ,/, in/IN an/DT undisclosed/JJ location/NN in/IN Ukraine/NNP ./.
