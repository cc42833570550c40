Gunmen/NNS attack/VBP church/NN in/IN northern/JJ Burkina/NNP Faso/NNP during/IN Sunday/NNP service/NN as/IN militant/JJ attacks/NNS spread/VBP south/RB
The/DT attack/NN on/IN the/DT church/NN was/VBD the/DT third/JJ in/IN the/DT region/NN this/DT month/NN ,/, local/JJ sources/NNS said/VBD ,/, and/CC at/IN least/JJS 15/CD worshippers/NNS were/VBD killed/VBN when/WRB the/DT attackers/NNS opened/VBD fire/NN during/IN the/DT morning/NN service/NN ./.
Ukraine/NNP says/VBZ it/PRP repelled/VBD a/DT Russian/JJ attack/NN on/IN Chasiv/NNP Yar/NNP overnight/RB and/CC that/IN its/PRP$ troops/NNS had/VBD destroyed/VBN four/CD armoured/JJ vehicles/NNS on/IN the/DT outskirts/NNS of/IN the/DT town/NN ./.
On/IN Saturday/NNP afternoon/NN ,/, a/DT man/NN who/WP attacked/VBD two/CD police/NN officers/NNS with/IN a/DT knife/NN outside/IN a/DT railway/NN station/NN was/VBD shot/VBN dead/JJ ,/, the/DT prosecutor/NN 's/POS office/NN said/VBD ./.
The/DT cyber/NN attacks/NNS disrupted/VBD flights/NNS at/IN four/CD airports/NNS ,/, and/CC officials/NNS blamed/VBD a/DT group/NN linked/VBN to/TO Russian/JJ military/JJ intelligence/NN for/IN the/DT second/JJ time/NN this/DT year/NN ./.
Pro-Russian/JJ hackers/NNS attack/VBP government/NN websites/NNS ahead/RB of/IN vote/NN
Nurses/NNS strike/VBP over/IN pay/NN as/IN hospitals/NNS cancel/VBP operations/NNS and/CC government/NN refuses/VBZ to/TO reopen/VB talks/NNS
The/DT nurses/NNS '/POS strike/NN is/VBZ the/DT first/JJ in/IN the/DT union/NN 's/POS 106-year/JJ history/NN ,/, and/CC more/JJR than/IN 40,000/CD members/NNS are/VBP expected/VBN to/TO join/VB picket/NN lines/NNS outside/IN hospitals/NNS on/IN Tuesday/NNP ./.
A/DT missile/NN struck/VBD an/DT apartment/NN building/NN in/IN Dnipro/NNP ,/, killing/VBG at/IN least/JJS 40/CD people/NNS ,/, including/VBG six/CD children/NNS ,/, in/IN one/CD of/IN the/DT deadliest/JJS strikes/NNS on/IN a/DT civilian/JJ target/NN since/IN the/DT war/NN began/VBD ./.
The/DT strikes/NNS on/IN the/DT port/NN have/VBP damaged/VBN grain/NN silos/NNS and/CC a/DT ferry/NN terminal/NN ,/, and/CC insurers/NNS have/VBP raised/VBN premiums/NNS for/IN ships/NNS calling/VBG at/IN the/DT city/NN ./.
The/DT court/NN struck/VBD down/RP the/DT law/NN ,/, saying/VBG it/PRP violated/VBD the/DT right/NN to/TO free/JJ assembly/NN and/CC that/IN the/DT government/NN had/VBD failed/VBN to/TO show/VB why/WRB the/DT ban/NN was/VBD necessary/JJ ./.
Security/NN forces/NNS are/VBP striking/VBG back/RB after/IN a/DT string/NN of/IN ambushes/NNS ,/, and/CC they/PRP killed/VBD 14/CD militants/NNS in/IN a/DT raid/NN on/IN a/DT camp/NN near/IN the/DT border/NN on/IN Sunday/NNP ./.
Students/NNS protesting/VBG against/IN the/DT job/NN quota/NN system/NN were/VBD beaten/VBN by/IN supporters/NNS of/IN the/DT ruling/VBG party/NN during/IN a/DT march/NN on/IN the/DT campus/NN on/IN Monday/NNP ,/, witnesses/NNS said/VBD ./.
Britain/NNP 's/POS ambassador/NN was/VBD summoned/VBN to/TO receive/VB a/DT formal/JJ protest/NN over/IN comments/NNS made/VBN by/IN the/DT British/JJ foreign/JJ secretary/NN about/IN the/DT election/NN ,/, which/WDT the/DT ministry/NN in/IN Beijing/NNP described/VBD as/IN "/" gross/JJ interference/NN "/" in/IN the/DT country/NN 's/POS internal/JJ affairs/NNS ./.
The/DT protests/NNS ,/, now/RB in/IN their/PRP$ fourth/JJ week/NN ,/, show/VBP no/DT sign/NN of/IN slowing/VBG despite/IN a/DT ban/NN on/IN gatherings/NNS and/CC the/DT arrest/NN of/IN more/JJR than/IN 1,000/CD people/NNS ./.
Within/IN hours/NNS of/IN the/DT announcement/NN ,/, Beijing/NNP protested/VBD the/DT sale/NN and/CC said/VBD it/PRP would/MD take/VB "/" resolute/JJ countermeasures/NNS "/" against/IN the/DT companies/NNS involved/VBN ./.
Peace/NN talks/NNS collapse/VBP as/IN rebels/NNS walk/VBP out/RP of/IN Geneva/NNP meeting/NN over/IN prisoner/NN list/NN
Talks/NNS between/IN Serbia/NNP and/CC Kosovo/NNP broke/VBD down/RP in/IN Brussels/NNP on/IN Thursday/NNP ,/, and/CC the/DT EU/NNP envoy/NN said/VBD there/EX was/VBD little/JJ hope/NN of/IN a/DT breakthrough/NN before/IN the/DT elections/NNS ./.
He/PRP talked/VBD openly/RB about/IN his/PRP$ years/NNS in/IN prison/NN and/CC the/DT torture/NN he/PRP suffered/VBD there/RB in/IN an/DT interview/NN recorded/VBN shortly/RB before/IN his/PRP$ death/NN ./.
After/IN a/DT call/NN that/WDT lasted/VBD more/JJR than/IN two/CD hours/NNS ,/, the/DT leaders/NNS will/MD talk/VB again/RB by/IN phone/NN next/JJ week/NN ,/, the/DT Kremlin/NNP said/VBD ./.
There/EX has/VBZ been/VBN talk/NN of/IN a/DT cabinet/NN reshuffle/NN for/IN months/NNS ,/, but/CC the/DT prime/JJ minister/NN has/VBZ so/RB far/RB resisted/VBN calls/NNS to/TO replace/VB his/PRP$ finance/NN minister/NN ./.
Western/JJ governments/NNS are/VBP pressuring/VBG the/DT generals/NNS to/TO hand/VB power/NN back/RB to/TO civilians/NNS by/IN the/DT end/NN of/IN the/DT year/NN ,/, as/IN they/PRP promised/VBD when/WRB they/PRP seized/VBD power/NN ./.
Under/IN pressure/NN from/IN his/PRP$ own/JJ party/NN ,/, the/DT minister/NN resigned/VBD late/RB on/IN Friday/NNP after/IN only/RB eight/CD months/NNS in/IN the/DT job/NN ./.
Rising/VBG food/NN prices/NNS add/VBP to/TO pressures/NNS on/IN poor/JJ households/NNS ,/, many/JJ of/IN which/WDT already/RB spend/VBP more/JJR than/IN half/PDT their/PRP$ income/NN on/IN food/NN ./.
Troops/NNS fire/VBP on/IN crowd/NN at/IN funeral/NN ,/, killing/VBG six/CD in/IN northern/JJ town/NN ,/, witnesses/NNS say/VBP
The/DT fire/NN ,/, which/WDT started/VBD in/IN a/DT kitchen/NN ,/, spread/VBD quickly/RB to/TO the/DT upper/JJ floors/NNS ,/, and/CC residents/NNS were/VBD rescued/VBN from/IN their/PRP$ balconies/NNS by/IN firefighters/NNS using/VBG ladders/NNS ./.
Firefighters/NNS battled/VBD wildfires/NNS on/IN three/CD islands/NNS as/IN temperatures/NNS rose/VBD above/IN 40/CD degrees/NNS ,/, and/CC thousands/NNS of/IN tourists/NNS were/VBD moved/VBN from/IN hotels/NNS to/TO safer/JJR areas/NNS ./.
The/DT coach/NN was/VBD fired/VBN after/IN the/DT team/NN lost/VBD five/CD matches/NNS in/IN a/DT row/NN ,/, the/DT worst/JJS run/NN in/IN the/DT club/NN 's/POS history/NN ./.
Both/DT sides/NNS accused/VBD each/DT other/JJ of/IN violating/VBG the/DT ceasefire/NN and/CC exchanged/VBD fire/NN along/IN the/DT line/NN of/IN contact/NN ,/, and/CC the/DT monitors/NNS said/VBD they/PRP had/VBD recorded/VBN more/JJR than/IN 200/CD explosions/NNS in/IN a/DT single/JJ day/NN ./.
Warships/NNS shell/VBP coastal/JJ villages/NNS as/IN offensive/NN widens/VBZ and/CC thousands/NNS flee/VBP toward/IN the/DT border/NN
Shells/NNS fell/VBD on/IN the/DT market/NN as/IN people/NNS queued/VBD for/IN bread/NN ,/, killing/VBG at/IN least/JJS eight/CD people/NNS and/CC wounding/VBG dozens/NNS more/JJR ,/, local/JJ officials/NNS said/VBD ./.
The/DT town/NN has/VBZ been/VBN shelled/VBN every/DT day/NN since/IN the/DT start/NN of/IN the/DT month/NN ,/, and/CC most/JJS of/IN its/PRP$ 20,000/CD residents/NNS have/VBP now/RB left/VBN ./.
The/DT shelling/NN damaged/VBD a/DT water/NN pumping/NN station/NN that/WDT serves/VBZ the/DT northern/JJ half/NN of/IN the/DT city/NN ,/, leaving/VBG 50,000/CD people/NNS without/IN water/NN and/CC forcing/VBG families/NNS to/TO queue/VB for/IN hours/NNS at/IN water/NN trucks/NNS sent/VBN by/IN the/DT Red/NNP Cross/NNP ./.
Investigators/NNS found/VBD shell/NN casings/NNS and/CC blood/NN on/IN the/DT road/NN near/IN the/DT spot/NN where/WRB the/DT journalist/NN 's/POS car/NN was/VBD found/VBN burned/VBN out/RP ./.
Jets/NNS bomb/VBP fuel/NN depots/NNS in/IN the/DT north/NN ,/, cutting/VBG supplies/NNS to/TO the/DT front/NN
Two/CD men/NNS were/VBD arrested/VBN on/IN suspicion/NN of/IN planning/VBG to/TO bomb/VB a/DT concert/NN in/IN the/DT capital/NN ,/, and/CC police/NNS said/VBD they/PRP had/VBD found/VBN explosives/NNS at/IN a/DT flat/NN rented/VBN by/IN one/CD of/IN them/PRP ./.
The/DT bomb/NN disposal/NN team/NN spent/VBD four/CD hours/NNS making/VBG the/DT device/NN safe/JJ after/IN it/PRP was/VBD found/VBN under/IN a/DT parked/VBN car/NN near/IN the/DT station/NN ./.
Built/VBN in/IN the/DT 1930s/CD ,/, the/DT hotel/NN was/VBD bombed/VBN twice/RB during/IN the/DT war/NN ,/, and/CC its/PRP$ owners/NNS rebuilt/VBD it/PRP each/DT time/NN ,/, most/RBS recently/RB after/IN a/DT missile/NN destroyed/VBD its/PRP$ top/JJ three/CD floors/NNS in/IN the/DT spring/NN of/IN 2023/CD ./.
Roadside/JJ bombings/NNS have/VBP become/VBN more/RBR frequent/JJ on/IN the/DT roads/NNS around/IN the/DT capital/NN ,/, and/CC many/JJ drivers/NNS now/RB refuse/VBP to/TO travel/VB after/IN dark/NN ./.
Ukraine/NNP calls/VBZ on/IN allies/NNS to/TO arm/VB it/PRP faster/RBR
The/DT U.S./NNP Navy/NNP said/VBD that/IN the/DT arms/NNS shipment/NN was/VBD intercepted/VBN off/IN the/DT coast/NN of/IN Yemen/NNP by/IN an/DT Australian/JJ warship/NN patrolling/VBG the/DT Arabian/NNP Sea/NNP ./.
The/DT man/NN ,/, who/WP was/VBD not/RB armed/JJ ,/, was/VBD shot/VBN three/CD times/NNS ,/, according/VBG to/TO an/DT autopsy/NN report/NN seen/VBN by/IN the/DT family/NN 's/POS lawyers/NNS ./.
The/DT group/NN has/VBZ been/VBN arming/VBG itself/PRP with/IN weapons/NNS stolen/VBN from/IN army/NN depots/NNS ,/, and/CC it/PRP now/RB has/VBZ drones/NNS and/CC anti-tank/JJ missiles/NNS as/RB well/RB ./.
U.S./NNP forces/NNS carry/VBP out/RP raid/NN in/IN eastern/JJ Syria/NNP targeting/VBG Islamic/NNP State/NNP leader/NN ,/, Pentagon/NNP says/VBZ
The/DT agreement/NN comes/VBZ into/IN force/NN on/IN January/NNP 1/CD ,/, but/CC several/JJ of/IN its/PRP$ provisions/NNS will/MD not/RB apply/VB until/IN 2027/CD ,/, when/WRB the/DT new/JJ border/NN checks/NNS and/CC the/DT rules/NNS on/IN farm/NN subsidies/NNS are/VBP due/JJ to/TO be/VB phased/VBN in/RP ./.
Thousands/NNS were/VBD forced/VBN to/TO flee/VB when/WRB the/DT dam/NN burst/VBD ,/, sending/VBG a/DT wall/NN of/IN water/NN and/CC mud/NN through/IN three/CD villages/NNS in/IN the/DT valley/NN below/RB ./.
The/DT air/NN force/NN said/VBD it/PRP had/VBD lost/VBN two/CD jets/NNS in/IN the/DT operation/NN ,/, one/CD to/TO enemy/NN fire/NN and/CC another/DT in/IN an/DT accident/NN during/IN take-off/NN ./.
Rebels/NNS claim/VBP capture/NN of/IN border/NN town/NN ,/, army/NN denies/VBZ it/PRP
Both/DT sides/NNS claim/VBP the/DT disputed/VBN island/NN ,/, which/WDT lies/VBZ near/IN rich/JJ fishing/NN grounds/NNS and/CC a/DT large/JJ gas/NN field/NN discovered/VBN in/IN 2019/CD ./.
The/DT claim/NN was/VBD dismissed/VBN as/IN propaganda/NN by/IN the/DT Defence/NNP Ministry/NNP ,/, which/WDT said/VBD the/DT rebels/NNS were/VBD nowhere/RB near/IN the/DT town/NN and/CC that/IN the/DT video/NN released/VBN by/IN their/PRP$ commander/NN had/VBD been/VBN filmed/VBN months/NNS earlier/RBR in/IN a/DT different/JJ province/NN ./.
Insurance/NN claims/NNS after/IN the/DT floods/NNS are/VBP expected/VBN to/TO top/VB $/$ 3/CD billion/CD ,/, making/VBG it/PRP the/DT costliest/JJS disaster/NN in/IN the/DT country/NN 's/POS history/NN ./.
No/DT group/NN has/VBZ claimed/VBN the/DT kidnapping/NN ,/, and/CC the/DT family/NN of/IN the/DT businessman/NN has/VBZ not/RB received/VBN a/DT ransom/NN demand/NN ./.
The/DT president/NN calls/VBZ snap/JJ election/NN after/IN losing/VBG majority/NN in/IN parliament/NN
She/PRP made/VBD several/JJ calls/NNS to/TO regional/JJ leaders/NNS on/IN Sunday/NNP ,/, her/PRP$ office/NN said/VBD ,/, as/IN she/PRP tried/VBD to/TO build/VB support/NN for/IN a/DT regional/JJ peace/NN conference/NN ./.
Activists/NNS are/VBP calling/VBG for/IN a/DT boycott/NN of/IN the/DT games/NNS until/IN the/DT government/NN ends/VBZ its/PRP$ military/JJ campaign/NN in/IN the/DT south/NN and/CC releases/VBZ the/DT journalists/NNS who/WP were/VBD arrested/VBN while/IN reporting/VBG on/IN it/PRP ./.
The/DT call/NN to/TO prayer/NN was/VBD interrupted/VBN by/IN the/DT sound/NN of/IN gunfire/NN as/IN shells/NNS began/VBD to/TO fall/VB on/IN the/DT old/JJ quarter/NN ./.
Israel/NNP plans/VBZ to/TO build/VB 3,000/CD new/JJ homes/NNS in/IN West/NNP Bank/NNP settlements/NNS
The/DT plans/NNS were/VBD drawn/VBN up/RP in/IN secret/NN and/CC presented/VBN to/TO the/DT cabinet/NN on/IN Sunday/NNP ,/, according/VBG to/TO two/CD ministers/NNS who/WP say/VBP they/PRP were/VBD not/RB consulted/VBN ./.
"/" We/PRP plan/VBP to/TO reopen/VB the/DT embassy/NN as/RB soon/RB as/IN it/PRP is/VBZ safe/JJ "/" ,/, the/DT ambassador/NN said/VBD in/IN a/DT statement/NN posted/VBN on/IN social/JJ media/NNS ./.
The/DT attack/NN had/VBD been/VBN planned/VBN in/IN a/DT neighbouring/VBG country/NN ,/, police/NNS said/VBD ,/, and/CC at/IN least/JJS two/CD of/IN the/DT attackers/NNS had/VBD crossed/VBN the/DT border/NN weeks/NNS before/RB ./.
Aid/NN groups/NNS say/VBP the/DT new/JJ rules/NNS will/MD make/VB it/PRP harder/JJR to/TO aid/VB civilians/NNS ,/, since/IN every/DT convoy/NN will/MD now/RB need/VB approval/NN from/IN three/CD different/JJ ministries/NNS ./.
Foreign/JJ aid/NN makes/VBZ up/RP almost/RB a/DT third/NN of/IN the/DT budget/NN ,/, and/CC most/JJS of/IN it/PRP comes/VBZ from/IN the/DT European/NNP Union/NNP and/CC Japan/NNP ./.
The/DT driver/NN was/VBD charged/VBN with/IN aiding/VBG and/CC abetting/VBG the/DT escape/NN from/IN a/DT high-security/JJ prison/NN in/IN the/DT capital/NN last/JJ month/NN ,/, in/IN which/WDT three/CD inmates/NNS serving/VBG life/NN sentences/NNS walked/VBD out/IN of/IN the/DT main/JJ gate/NN dressed/VBN as/IN guards/NNS ./.
He/PRP was/VBD aided/VBN by/IN two/CD prison/NN guards/NNS ,/, investigators/NNS believe/VBP ,/, who/WP were/VBD paid/VBN about/RB $/$ 20,000/CD each/DT in/IN cash/NN by/IN a/DT relative/NN of/IN one/CD of/IN the/DT escaped/VBN prisoners/NNS ./.
The/DT state/NN charges/VBZ the/DT activists/NNS with/IN "/" hooliganism/NN "/" for/IN posting/VBG video/NN of/IN church/NN protest/NN
The/DT charges/NNS carry/VBP a/DT maximum/JJ sentence/NN of/IN 15/CD years/NNS ,/, but/CC lawyers/NNS say/VBP most/JJS defendants/NNS in/IN such/JJ cases/NNS receive/VBP suspended/VBN sentences/NNS ./.
Electric/JJ vehicles/NNS can/MD now/RB charge/VB in/IN under/IN 20/CD minutes/NNS at/IN the/DT new/JJ stations/NNS ,/, and/CC the/DT company/NN plans/VBZ to/TO open/VB 500/CD more/JJR of/IN them/PRP along/IN motorways/NNS by/IN 2028/CD ./.
Who/WP is/VBZ in/IN charge/NN of/IN the/DT investigation/NN ?/.
Gangs/NNS threaten/VBP to/TO burn/VB down/RP polling/NN stations/NNS in/IN the/DT capital/NN if/IN vote/NN goes/VBZ ahead/RB
The/DT threats/NNS against/IN judges/NNS have/VBP increased/VBN sharply/RB since/IN the/DT trial/NN began/VBD ,/, and/CC two/CD judges/NNS have/VBP asked/VBN to/TO be/VB removed/VBN from/IN the/DT case/NN ./.
The/DT drought/NN is/VBZ threatening/VBG the/DT harvest/NN across/IN much/JJ of/IN southern/JJ Africa/NNP ,/, and/CC the/DT UN/NNP says/VBZ 20/CD million/CD people/NNS could/MD need/VB food/NN aid/NN by/IN March/NNP ./.
They/PRP were/VBD threatened/VBN with/IN arrest/NN if/IN they/PRP returned/VBD to/TO the/DT village/NN ,/, which/WDT has/VBZ been/VBN occupied/VBN by/IN the/DT militia/NN since/IN the/DT spring/NN ./.
Judge/NN orders/VBZ government/NN to/TO restore/VB funding/NN for/IN the/DT programme/NN
The/DT orders/NNS came/VBD directly/RB from/IN the/DT chief/NN of/IN staff/NN ,/, the/DT report/NN said/VBD ,/, which/WDT was/VBD based/VBN on/IN interviews/NNS with/IN more/JJR than/IN 60/CD officers/NNS ./.
Law/NN and/CC order/NN has/VBZ broken/VBN down/RP in/IN parts/NNS of/IN the/DT city/NN ,/, and/CC armed/JJ gangs/NNS now/RB set/VBP up/RP their/PRP$ own/JJ checkpoints/NNS on/IN the/DT main/JJ roads/NNS ./.
Residents/NNS were/VBD ordered/VBN to/TO stay/VB indoors/RB after/IN the/DT chemical/JJ plant/NN caught/VBD fire/NN on/IN Sunday/NNP night/NN ,/, and/CC schools/NNS in/IN the/DT area/NN were/VBD closed/VBN ./.
The/DT U.S./NNP sanctions/VBZ Chinese/JJ firms/NNS over/IN drone/NN parts/NNS
The/DT new/JJ sanctions/NNS target/VBP the/DT country/NN 's/POS gold/NN and/CC diamond/NN trade/NN ,/, which/WDT earns/VBZ the/DT junta/NN an/DT estimated/VBN $/$ 2/CD billion/CD a/DT year/NN ./.
The/DT company/NN was/VBD sanctioned/VBN for/IN shipping/VBG Iranian/JJ oil/NN to/TO Syria/NNP through/IN a/DT network/NN of/IN tankers/NNS that/WDT switched/VBD off/RP their/PRP$ transponders/NNS ./.
The/DT EU/NNP warns/VBZ of/IN "/" serious/JJ consequences/NNS "/" if/IN the/DT elections/NNS are/VBP delayed/VBN again/RB
Scientists/NNS have/VBP warned/VBN for/IN years/NNS that/IN the/DT glacier/NN could/MD collapse/VB ,/, and/CC satellite/NN images/NNS now/RB show/VBP large/JJ cracks/NNS near/IN its/PRP$ edge/NN ./.
Residents/NNS said/VBD there/EX had/VBD been/VBN no/DT warning/NN before/IN the/DT strike/NN ,/, and/CC that/IN the/DT first/JJ missile/NN hit/VBD the/DT building/NN while/IN most/JJS families/NNS were/VBD asleep/JJ ./.
Senators/NNS back/VBP bill/NN to/TO ban/VB the/DT app/NN over/IN data/NNS fears/NNS
Many/JJ of/IN the/DT displaced/VBN families/NNS have/VBP gone/VBN back/RB to/TO their/PRP$ villages/NNS ,/, but/CC they/PRP have/VBP found/VBN their/PRP$ homes/NNS looted/VBN and/CC their/PRP$ fields/NNS planted/VBN with/IN mines/NNS ./.
He/PRP was/VBD shot/VBN in/IN the/DT back/NN while/IN fleeing/VBG from/IN a/DT police/NN checkpoint/NN ,/, his/PRP$ brother/NN told/VBD reporters/NNS ,/, adding/VBG that/IN the/DT family/NN had/VBD not/RB been/VBN allowed/VBN to/TO see/VB the/DT body/NN or/CC the/DT report/NN of/IN the/DT post-mortem/NN examination/NN ./.
The/DT plan/NN is/VBZ backed/VBN by/IN Egypt/NNP ,/, Jordan/NNP and/CC the/DT Gulf/NNP states/NNS ,/, but/CC it/PRP has/VBZ been/VBN rejected/VBN by/IN Israel/NNP and/CC by/IN Hamas/NNP ./.
The/DT Indian/JJ prime/JJ minister/NN visits/VBZ Moscow/NNP for/IN the/DT first/JJ time/NN since/IN the/DT invasion/NN
During/IN the/DT visit/NN ,/, the/DT two/CD leaders/NNS signed/VBD agreements/NNS on/IN energy/NN and/CC trade/NN ,/, and/CC they/PRP agreed/VBD to/TO double/VB the/DT volume/NN of/IN trade/NN by/IN 2030/CD ./.
For/IN the/DT first/JJ time/NN since/IN the/DT accident/NN ,/, inspectors/NNS will/MD visit/VB the/DT plant/NN next/JJ week/NN ,/, the/DT agency/NN said/VBD ,/, adding/VBG that/IN they/PRP would/MD stay/VB for/IN at/IN least/JJS ten/CD days/NNS ./.
Allies/NNS pledge/VBP support/NN for/IN Kyiv/NNP "/" for/IN as/RB long/RB as/IN it/PRP takes/VBZ "/"
At/IN Thursday/NNP 's/POS meeting/NN in/IN Brussels/NNP ,/, France/NNP supports/VBZ the/DT proposal/NN ,/, but/CC Germany/NNP and/CC Italy/NNP have/VBP doubts/NNS about/IN the/DT cost/NN and/CC the/DT legal/JJ risks/NNS ./.
The/DT party/NN 's/POS support/NN has/VBZ risen/VBN to/TO 22/CD percent/NN ,/, its/PRP$ highest/JJS level/NN ever/RB ,/, and/CC it/PRP is/VBZ now/RB second/JJ only/RB to/TO the/DT ruling/VBG conservatives/NNS ./.
The/DT troops/NNS were/VBD supported/VBN by/IN helicopters/NNS and/CC drones/NNS as/IN they/PRP pushed/VBD toward/IN the/DT port/NN ,/, but/CC the/DT advance/NN was/VBD halted/VBN by/IN mines/NNS ./.
The/DT general/NN who/WP leads/VBZ the/DT junta/NN has/VBZ promised/VBN elections/NNS in/IN 2026/CD but/CC has/VBZ not/RB said/VBN who/WP will/MD be/VB allowed/VBN to/TO stand/VB ./.
Lead/NN levels/NNS in/IN the/DT water/NN were/VBD ten/CD times/NNS the/DT legal/JJ limit/NN ,/, and/CC the/DT city/NN has/VBZ begun/VBN replacing/VBG thousands/NNS of/IN old/JJ pipes/NNS ./.
Clues/NNS that/WDT could/MD lead/VB to/TO the/DT killers/NNS were/VBD ignored/VBN ,/, the/DT family/NN 's/POS lawyer/NN said/VBD ,/, adding/VBG that/IN the/DT police/NNS had/VBD lost/VBN key/JJ evidence/NN ./.
The/DT two/CD parties/NNS lead/VBP in/IN the/DT polls/NNS ,/, with/IN the/DT far-right/JJ party/NN in/IN third/JJ place/NN and/CC the/DT governing/VBG Social/NNP Democrats/NNPS trailing/VBG in/IN fourth/JJ place/NN for/IN the/DT first/JJ time/NN since/IN the/DT 1950s/CD ./.
Norway/NNP took/VBD the/DT lead/NN in/IN the/DT 21st/JJ minute/NN when/WRB their/PRP$ captain/NN headed/VBD in/RP a/DT corner/NN ,/, and/CC they/PRP never/RB looked/VBD back/RB ./.
Parliament/NNP rules/VBZ against/IN extending/VBG state/NN of/IN emergency/NN
The/DT king/NN ruled/VBD by/IN decree/NN for/IN two/CD years/NNS ,/, jailing/VBG critics/NNS and/CC closing/VBG newspapers/NNS ,/, before/IN he/PRP was/VBD forced/VBN to/TO restore/VB parliament/NN ./.
The/DT company/NN broke/VBD no/DT rules/NNS in/IN its/PRP$ handling/NN of/IN customer/NN data/NNS ,/, the/DT regulator/NN found/VBD ,/, closing/VBG an/DT investigation/NN that/WDT began/VBD in/IN 2022/CD ./.
Colonial/JJ rule/NN ended/VBD in/IN 1962/CD ,/, and/CC the/DT last/JJ French/JJ troops/NNS left/VBD the/DT country/NN a/DT few/JJ months/NNS later/RB ,/, leaving/VBG behind/IN them/PRP a/DT single/JJ railway/NN ,/, two/CD hospitals/NNS and/CC a/DT civil/JJ service/NN with/IN fewer/JJR than/IN 50/CD trained/VBN officials/NNS ./.
Opposition/NN demands/VBZ recount/NN in/IN three/CD provinces/NNS as/IN counting/NN delays/NNS fuel/VBP fraud/NN claims/NNS
Unions/NNS demand/VBP a/DT 15/CD percent/NN pay/NN rise/NN to/TO make/VB up/RP for/IN inflation/NN ,/, warning/VBG that/IN strikes/NNS will/MD follow/VB if/IN the/DT government/NN does/VBZ not/RB respond/VB by/IN Friday/NNP ./.
The/DT demands/NNS were/VBD rejected/VBN by/IN the/DT military/NN council/NN ,/, which/WDT said/VBD it/PRP would/MD not/RB negotiate/VB with/IN people/NNS who/WP block/VBP roads/NNS ./.
Demand/NN for/IN oil/NN is/VBZ expected/VBN to/TO peak/VB before/IN 2030/CD ,/, as/IN electric/JJ cars/NNS replace/VBP petrol/NN and/CC diesel/NN vehicles/NNS ,/, the/DT agency/NN said/VBD in/IN its/PRP$ annual/JJ outlook/NN ./.
Moscow/NNP offers/VBZ to/TO mediate/VB between/IN Baku/NNP and/CC Yerevan/NNP
The/DT offer/NN of/IN talks/NNS was/VBD welcomed/VBN in/IN Washington/NNP but/CC met/VBN with/IN suspicion/NN in/IN Kyiv/NNP ,/, where/WRB officials/NNS fear/VBP a/DT deal/NN that/WDT would/MD reward/VB aggression/NN ./.
The/DT government/NN offered/VBD an/DT amnesty/NN to/TO fighters/NNS who/WP surrendered/VBD their/PRP$ weapons/NNS ,/, but/CC only/RB a/DT few/JJ hundred/CD accepted/VBD it/PRP in/IN the/DT first/JJ month/NN ./.
Families/NNS appeal/VBP for/IN news/NN of/IN missing/JJ sailors/NNS
His/PRP$ lawyers/NNS said/VBD they/PRP would/MD appeal/VB the/DT verdict/NN to/TO the/DT Supreme/NNP Court/NNP ,/, arguing/VBG that/IN the/DT trial/NN had/VBD been/VBN unfair/JJ from/IN the/DT start/NN ./.
The/DT appeal/NN will/MD be/VB heard/VBN by/IN the/DT Supreme/NNP Court/NNP in/IN the/DT spring/NN ,/, and/CC a/DT decision/NN is/VBZ not/RB expected/VBN before/IN the/DT summer/NN ./.
The/DT minister/NN appealed/VBD to/TO young/JJ men/NNS not/RB to/TO join/VB the/DT militia/NN ,/, promising/VBG jobs/NNS and/CC training/NN to/TO those/DT who/WP stay/VBP away/RB ./.
Israeli/JJ troops/NNS raid/VBP Jenin/NNP refugee/NN camp/NN ,/, killing/VBG three/CD and/CC arresting/VBG dozens/NNS
In/IN the/DT largest/JJS operation/NN in/IN the/DT area/NN for/IN two/CD decades/NNS ,/, the/DT raid/NN on/IN the/DT camp/NN lasted/VBD 48/CD hours/NNS and/CC left/VBD 12/CD Palestinians/NNPS dead/JJ ,/, according/VBG to/TO the/DT Palestinian/JJ health/NN ministry/NN ./.
Tax/NN inspectors/NNS raided/VBD the/DT broadcaster/NN 's/POS offices/NNS in/IN Delhi/NNP and/CC Mumbai/NNP ,/, weeks/NNS after/IN it/PRP aired/VBD a/DT documentary/NN critical/JJ of/IN the/DT prime/JJ minister/NN ./.
Protesters/NNS marched/VBD from/IN the/DT university/NN to/TO the/DT parliament/NN building/NN ,/, chanting/VBG slogans/NNS against/IN the/DT army/NN and/CC demanding/VBG a/DT return/NN to/TO civilian/JJ rule/NN ./.
Climate/NN activists/NNS march/VBP through/IN Berlin/NNP ahead/RB of/IN summit/NN
The/DT marches/NNS were/VBD organised/VBN by/IN a/DT coalition/NN of/IN unions/NNS and/CC student/NN groups/NNS ,/, and/CC they/PRP drew/VBD far/RB larger/JJR crowds/NNS than/IN the/DT police/NNS had/VBD expected/VBN ./.
The/DT army/NN marched/VBD into/IN the/DT capital/NN on/IN the/DT morning/NN of/IN June/NNP 3/CD ,/, and/CC by/IN the/DT evening/NN the/DT president/NN had/VBD been/VBN placed/VBN under/IN arrest/NN ./.
Thousands/NNS rally/VBP in/IN Belgrade/NNP against/IN lithium/NN mine/NN as/IN anger/NN over/IN water/NN pollution/NN grows/VBZ
The/DT currency/NN rallied/VBD after/IN the/DT central/JJ bank/NN raised/VBD interest/NN rates/NNS ,/, recovering/VBG most/JJS of/IN the/DT ground/NN it/PRP had/VBD lost/VBN since/IN the/DT start/NN of/IN the/DT year/NN ./.
Police/NNS broke/VBD up/RP a/DT rally/NN of/IN about/RB 300/CD people/NNS outside/IN the/DT courthouse/NN ,/, where/WRB the/DT opposition/NN leader/NN was/VBD due/JJ to/TO appear/VB on/IN charges/NNS of/IN insulting/VBG the/DT president/NN ./.
Junta/NN releases/VBZ former/JJ president/NN from/IN house/NN arrest/NN
The/DT hostages/NNS were/VBD released/VBN on/IN Saturday/NNP and/CC flown/VBN to/TO Cairo/NNP aboard/IN a/DT military/JJ plane/NN sent/VBN by/IN the/DT Egyptian/JJ government/NN ,/, where/WRB they/PRP were/VBD met/VBN by/IN their/PRP$ families/NNS and/CC taken/VBN to/TO a/DT military/JJ hospital/NN for/IN checks/NNS ./.
The/DT releases/NNS were/VBD part/NN of/IN a/DT deal/NN that/WDT also/RB freed/VBD 240/CD prisoners/NNS and/CC was/VBD brokered/VBN over/IN several/JJ months/NNS by/IN Qatar/NNP and/CC Egypt/NNP ./.
Mexican/JJ police/NNS report/VBP sharp/JJ rise/NN in/IN kidnappings/NNS
The/DT report/NN ,/, which/WDT was/VBD leaked/VBN to/TO a/DT newspaper/NN ,/, blames/VBZ poor/JJ planning/NN for/IN the/DT disaster/NN ,/, and/CC it/PRP calls/VBZ for/IN the/DT head/NN of/IN the/DT agency/NN to/TO resign/VB ./.
Several/JJ reporters/NNS were/VBD detained/VBN while/IN covering/VBG the/DT protest/NN outside/IN the/DT parliament/NN ,/, and/CC two/CD of/IN them/PRP are/VBP still/RB being/VBG held/VBN ./.
Officials/NNS have/VBP reported/VBN 340/CD cases/NNS of/IN cholera/NN since/IN August/NNP ,/, most/JJS of/IN them/PRP in/IN camps/NNS for/IN displaced/VBN people/NNS where/WRB clean/JJ water/NN is/VBZ scarce/JJ ./.
Soldiers/NNS fight/VBP street/NN by/IN street/NN for/IN control/NN of/IN Bakhmut/NNP
The/DT fight/NN against/IN corruption/NN is/VBZ a/DT condition/NN for/IN joining/VBG the/DT EU/NNP ,/, and/CC progress/NN will/MD be/VB reviewed/VBN by/IN the/DT European/NNP Commission/NNP every/DT year/NN ./.
Many/JJ of/IN the/DT fighters/NNS had/VBD fought/VBN in/IN Syria/NNP before/IN coming/VBG to/TO Libya/NNP ,/, and/CC some/DT had/VBD also/RB served/VBN in/IN Iraq/NNP ,/, according/VBG to/TO documents/NNS found/VBN on/IN the/DT bodies/NNS of/IN fighters/NNS killed/VBN near/IN Sirte/NNP ./.
Fighting/NN broke/VBD out/RP again/RB on/IN Tuesday/NNP ,/, hours/NNS after/IN the/DT truce/NN began/VBD ,/, and/CC both/DT sides/NNS blamed/VBD each/DT other/JJ for/IN the/DT collapse/NN ./.
Rival/JJ supporters/NNS clash/VBP outside/IN the/DT stadium/NN ahead/RB of/IN the/DT final/NN
Witnesses/NNS said/VBD the/DT clash/NN left/VBD two/CD people/NNS dead/JJ and/CC dozens/NNS injured/VBN after/IN police/NNS fired/VBD tear/NN gas/NN into/IN the/DT crowd/NN ,/, and/CC several/JJ of/IN those/DT injured/VBN were/VBD children/NNS who/WP had/VBD been/VBN watching/VBG from/IN the/DT side/NN of/IN the/DT road/NN ./.
The/DT two/CD ministers/NNS clashed/VBD over/IN spending/NN at/IN a/DT tense/JJ cabinet/NN meeting/NN ,/, with/IN the/DT defence/NN minister/NN threatening/VBG to/TO resign/VB if/IN his/PRP$ budget/NN was/VBD cut/VBN ./.
There/EX were/VBD sporadic/JJ clashes/NNS in/IN the/DT south/NN overnight/RB ,/, but/CC the/DT truce/NN largely/RB held/VBD for/IN a/DT third/JJ night/NN ,/, although/IN each/DT side/NN accused/VBD the/DT other/JJ of/IN using/VBG the/DT lull/NN to/TO bring/VB up/RP fresh/JJ troops/NNS and/CC ammunition/NN ./.
Ministers/NNS deal/VBP with/IN fallout/NN from/IN leaked/VBN memo/NN from/IN leaked/VBN memo/NN on/IN defence/NN cuts/NNS
The/DT trade/NN deal/NN will/MD cut/VB tariffs/NNS on/IN beef/NN ,/, wine/NN and/CC cars/NNS ,/, but/CC farmers/NNS fear/VBP it/PRP will/MD open/VB the/DT market/NN to/TO cheaper/JJR imports/NNS ./.
The/DT government/NN has/VBZ dealt/VBN harshly/RB with/IN dissent/NN ,/, jailing/VBG hundreds/NNS of/IN activists/NNS and/CC closing/VBG the/DT last/JJ independent/JJ newspapers/NNS ./.
Voters/NNS go/VBP to/TO the/DT polls/NNS on/IN Sunday/NNP in/IN an/DT election/NN that/WDT is/VBZ too/RB close/JJ to/TO call/VB ,/, with/IN the/DT two/CD main/JJ candidates/NNS separated/VBN by/IN less/JJR than/IN a/DT point/NN in/IN the/DT final/JJ polls/NNS published/VBN on/IN Thursday/NNP ./.
The/DT Senate/NNP votes/VBZ on/IN the/DT bill/NN on/IN Thursday/NNP ,/, and/CC party/NN leaders/NNS say/VBP they/PRP have/VBP enough/JJ votes/NNS to/TO pass/VB it/PRP ./.
With/IN 95/CD percent/NN of/IN votes/NNS counted/VBN ,/, the/DT incumbent/NN had/VBD 52/CD percent/NN ,/, just/RB enough/RB to/TO avoid/VB a/DT runoff/NN ./.
Voting/NN was/VBD extended/VBN by/IN two/CD hours/NNS because/IN of/IN long/JJ queues/NNS outside/IN polling/NN stations/NNS in/IN the/DT capital/NN ,/, where/WRB some/DT voters/NNS said/VBD they/PRP had/VBD waited/VBN for/IN more/JJR than/IN five/CD hours/NNS in/IN the/DT heat/NN ./.
Who/WP controls/VBZ the/DT territory/NN now/RB ?/.
The/DT rebels/NNS have/VBP controlled/VBN the/DT town/NN since/IN 2021/CD ,/, collecting/VBG taxes/NNS and/CC running/VBG their/PRP$ own/JJ courts/NNS ,/, and/CC aid/NN agencies/NNS say/VBP they/PRP have/VBP to/TO negotiate/VB with/IN rebel/NN commanders/NNS to/TO deliver/VB food/NN ./.
Border/NN controls/NNS were/VBD reintroduced/VBN on/IN Monday/NNP at/IN crossings/NNS with/IN Poland/NNP and/CC the/DT Czech/NNP Republic/NNP ,/, causing/VBG long/JJ queues/NNS of/IN lorries/NNS ./.
After/IN burning/VBG for/IN five/CD days/NNS and/CC destroying/VBG 200/CD homes/NNS ,/, the/DT fire/NN is/VBZ now/RB under/IN control/NN ,/, officials/NNS said/VBD late/RB on/IN Sunday/NNP ./.
The/DT government/NN banned/VBD the/DT film/NN and/CC ordered/VBD copies/NNS to/TO be/VB destroyed/VBN ,/, saying/VBG it/PRP insulted/VBD the/DT army/NN and/CC the/DT nation/NN 's/POS founders/NNS ./.
Doping/NN bans/NNS for/IN three/CD athletes/NNS were/VBD upheld/VBN by/IN the/DT court/NN ,/, meaning/VBG they/PRP will/MD miss/VB the/DT next/JJ Olympic/NNP Games/NNPS ./.
The/DT city/NN bans/VBZ cars/NNS from/IN the/DT centre/NN on/IN Sundays/NNPS and/CC plans/VBZ to/TO extend/VB the/DT ban/NN to/TO Saturdays/NNPS next/JJ year/NN ./.
Senate/NNP Republicans/NNPS block/VBP bill/NN on/IN border/NN security/NN
The/DT fire/NN destroyed/VBD an/DT entire/JJ block/NN of/IN shops/NNS near/IN the/DT market/NN ,/, and/CC dozens/NNS of/IN traders/NNS lost/VBD everything/NN they/PRP owned/VBD ./.
Troops/NNS blocked/VBD access/NN to/TO the/DT square/NN ,/, and/CC journalists/NNS were/VBD turned/VBN back/RB by/IN police/NNS in/IN riot/NN gear/NN ,/, who/WP told/VBD them/PRP that/IN the/DT area/NN had/VBD been/VBN declared/VBN a/DT military/JJ zone/NN until/IN further/JJ notice/NN ./.
The/DT drones/NNS targeted/VBD an/DT airfield/NN deep/RB inside/IN Russia/NNP ,/, about/RB 600/CD kilometres/NNS from/IN the/DT border/NN ,/, destroying/VBG two/CD fighter/NN jets/NNS on/IN the/DT ground/NN ./.
Polling/NN stations/NNS were/VBD a/DT target/NN for/IN militants/NNS during/IN the/DT last/JJ election/NN ,/, when/WRB 20/CD officials/NNS were/VBD killed/VBN in/IN attacks/NNS across/IN the/DT north/NN ./.
Ministers/NNS target/VBP zero/CD deficit/NN by/IN 2027/CD
The/DT rebels/NNS court/VBP local/JJ tribes/NNS with/IN money/NN and/CC promises/NNS of/IN power/NN ,/, hoping/VBG to/TO win/VB their/PRP$ support/NN before/IN the/DT next/JJ offensive/NN ./.
A/DT military/JJ court/NN sentenced/VBD 23/CD soldiers/NNS to/TO death/NN for/IN fleeing/VBG the/DT battlefield/NN ,/, a/DT sentence/NN that/WDT human/JJ rights/NNS groups/NNS called/VBD "/" shocking/JJ "/" ./.
The/DT court/NN heard/VBD that/IN the/DT defendant/NN had/VBD sent/VBN threatening/VBG messages/NNS to/TO the/DT victim/NN over/IN several/JJ months/NNS ,/, and/CC that/IN she/PRP had/VBD contacted/VBN police/NNS three/CD times/NNS before/IN the/DT attack/NN without/IN receiving/VBG any/DT help/NN ./.
Saudi/NNP Arabia/NNP will/MD host/VB the/DT summit/NN in/IN November/NNP ,/, the/DT first/JJ time/NN the/DT kingdom/NN has/VBZ hosted/VBN the/DT event/NN ./.
The/DT host/NN country/NN won/VBD the/DT opening/NN match/NN 2-0/CD in/IN front/NN of/IN 60,000/CD fans/NNS ,/, and/CC their/PRP$ opponents/NNS had/VBD a/DT player/NN sent/VBN off/RP before/IN half-time/NN for/IN a/DT reckless/JJ challenge/NN on/IN the/DT goalkeeper/NN ./.
A/DT host/NN of/IN problems/NNS has/VBZ delayed/VBN the/DT project/NN ,/, from/IN rising/VBG costs/NNS to/TO legal/JJ challenges/NNS by/IN local/JJ residents/NNS ./.
The/DT head/NN of/IN the/DT militia/NN was/VBD killed/VBN in/IN an/DT Israeli/JJ strike/NN on/IN Beirut/NNP 's/POS southern/JJ suburbs/NNS ,/, which/WDT the/DT Israeli/JJ military/NN said/VBD had/VBD targeted/VBN a/DT meeting/NN of/IN senior/JJ commanders/NNS planning/VBG attacks/NNS on/IN northern/JJ Israel/NNP ./.
The/DT defence/NN secretary/NN heads/VBZ to/TO Asia/NNP this/DT week/NN to/TO meet/VB his/PRP$ counterparts/NNS from/IN Japan/NNP ,/, South/NNP Korea/NNP and/CC the/DT Philippines/NNPS ./.
The/DT delegation/NN is/VBZ headed/VBN by/IN the/DT deputy/NN foreign/JJ minister/NN ,/, who/WP has/VBZ led/VBN previous/JJ rounds/NNS of/IN talks/NNS with/IN Washington/NNP ./.
Israel/NNP faces/VBZ growing/VBG isolation/NN over/IN Gaza/NNP war/NN as/IN allies/NNS recall/VBP ambassadors/NNS
The/DT migrants/NNS face/VBP deportation/NN if/IN their/PRP$ claims/NNS are/VBP rejected/VBN by/IN the/DT courts/NNS ,/, which/WDT have/VBP a/DT backlog/NN of/IN more/JJR than/IN 100,000/CD cases/NNS ./.
The/DT regime/NN has/VBZ faced/VBN protests/NNS before/RB but/CC never/RB on/IN this/DT scale/NN ,/, and/CC its/PRP$ security/NN forces/NNS appear/VBP unsure/JJ how/WRB to/TO respond/VB ./.
Sales/NNS marked/VBD their/PRP$ biggest/JJS rise/NN in/IN two/CD years/NNS ,/, helped/VBN by/IN strong/JJ demand/NN for/IN winter/NN clothing/NN ,/, although/IN the/DT company/NN warned/VBD that/IN a/DT mild/JJ winter/NN could/MD still/RB hurt/VB sales/NNS in/IN the/DT crucial/JJ months/NNS before/IN Christmas/NNP ./.
The/DT two/CD countries/NNS mark/VBP 75/CD years/NNS of/IN diplomatic/JJ ties/NNS
Moscow/NNP moves/VBZ to/TO block/VB messaging/NN apps/NNS and/CC social/JJ networks/NNS ahead/RB of/IN election/NN
The/DT move/NN was/VBD condemned/VBN by/IN rights/NNS groups/NNS ,/, which/WDT said/VBD it/PRP would/MD violate/VB the/DT right/NN to/TO free/JJ speech/NN and/CC that/IN it/PRP would/MD challenge/VB the/DT decision/NN in/IN the/DT country/NN 's/POS highest/JJS court/NN ./.
The/DT prisoners/NNS were/VBD moved/VBN to/TO another/DT jail/NN for/IN their/PRP$ own/JJ safety/NN after/IN reports/NNS that/IN inmates/NNS had/VBD threatened/VBN to/TO kill/VB them/PRP ./.
"/" They/PRP need/VBP food/NN ,/, water/NN and/CC shelter/NN ,/, and/CC they/PRP need/VBP them/PRP now/RB "/" ,/, said/VBD the/DT head/NN of/IN a/DT local/JJ charity/NN ./.
After/IN the/DT bombing/NN ,/, the/DT need/NN for/IN blood/NN donors/NNS is/VBZ urgent/JJ ,/, the/DT hospital/NN said/VBD ,/, because/IN the/DT blood/NN bank/NN ran/VBD out/IN of/IN several/JJ types/NNS within/IN hours/NNS of/IN the/DT first/JJ casualties/NNS arriving/VBG ./.
Candidates/NNS promise/VBP jobs/NNS ,/, but/CC voters/NNS are/VBP skeptical/JJ
He/PRP broke/VBD his/PRP$ promise/NN not/RB to/TO raise/VB taxes/NNS when/WRB he/PRP introduced/VBD a/DT new/JJ tax/NN on/IN fuel/NN less/JJR than/IN a/DT year/NN after/IN taking/VBG office/NN ./.
Factories/NNS cut/VBP output/NN as/IN energy/NN costs/NNS soar/VBP ,/, and/CC thousands/NNS of/IN workers/NNS face/VBP layoffs/NNS
Power/NN cuts/NNS lasted/VBD up/IN to/TO 12/CD hours/NNS a/DT day/NN last/JJ winter/NN ,/, and/CC many/JJ families/NNS cooked/VBD on/IN wood/NN fires/NNS in/IN their/PRP$ yards/NNS ./.
The/DT road/NN has/VBZ been/VBN cut/VBN by/IN floods/NNS in/IN at/IN least/JJS three/CD places/NNS ,/, and/CC engineers/NNS say/VBP repairs/NNS could/MD take/VB months/NNS ./.
The/DT arrests/NNS sparked/VBD a/DT week/NN of/IN riots/NNS in/IN the/DT suburbs/NNS of/IN Paris/NNP ,/, during/IN which/WDT more/JJR than/IN 1,000/CD cars/NNS were/VBD set/VBN on/IN fire/NN ./.
Sparks/NNS from/IN a/DT power/NN line/NN may/MD have/VB started/VBN the/DT fire/NN ,/, which/WDT destroyed/VBD 300/CD homes/NNS ,/, investigators/NNS said/VBD on/IN Monday/NNP ./.
Strikes/NNS end/VBP as/IN union/NN accepts/VBZ offer/NN
They/PRP vowed/VBD to/TO fight/VB to/TO the/DT end/NN if/IN the/DT army/NN tried/VBD to/TO clear/VB the/DT square/NN by/IN force/NN ,/, and/CC some/DT of/IN them/PRP said/VBD they/PRP had/VBD already/RB written/VBN letters/NNS to/TO their/PRP$ families/NNS ./.
The/DT truce/NN ended/VBD at/IN dawn/NN on/IN Friday/NNP ,/, and/CC fighting/NN resumed/VBD in/IN several/JJ districts/NNS by/IN mid-morning/NN ,/, with/IN the/DT heaviest/JJS shelling/NN reported/VBN around/IN the/DT central/JJ market/NN and/CC the/DT main/JJ hospital/NN ./.
The/DT offensive/NN pushes/VBZ deeper/RBR into/IN the/DT Kursk/NNP region/NN
The/DT government/NN pushed/VBD the/DT bill/NN through/IN parliament/NN in/IN a/DT single/JJ day/NN ,/, leaving/VBG opposition/NN lawmakers/NNS no/DT time/NN to/TO read/VB it/PRP ./.
The/DT push/NN for/IN reform/NN has/VBZ lost/VBN momentum/NN since/IN the/DT finance/NN minister/NN resigned/VBD in/IN the/DT spring/NN ,/, and/CC the/DT new/JJ minister/NN has/VBZ said/VBN that/IN any/DT changes/NNS to/TO the/DT pension/NN system/NN must/MD wait/VB until/IN after/IN the/DT election/NN ./.
Floods/NNS hit/VBP northern/JJ Italy/NNP for/IN second/JJ time/NN in/IN a/DT month/NN ,/, leaving/VBG thousands/NNS homeless/JJ
Tourism/NN has/VBZ been/VBN hit/VBN hard/RB by/IN the/DT conflict/NN ,/, with/IN hotel/NN bookings/NNS down/RB by/IN 70/CD percent/NN compared/VBN with/IN last/JJ year/NN ./.
Sales/NNS of/IN the/DT drug/NN hit/VBD a/DT record/NN $/$ 18/CD billion/CD last/JJ year/NN ,/, making/VBG it/PRP the/DT best-selling/JJ medicine/NN in/IN the/DT world/NN ./.
The/DT junta/NN lifts/VBZ ban/NN on/IN political/JJ parties/NNS
The/DT decision/NN to/TO lift/VB the/DT embargo/NN was/VBD taken/VBN unanimously/RB at/IN a/DT meeting/NN of/IN foreign/JJ ministers/NNS in/IN Luxembourg/NNP ,/, although/IN Hungary/NNP insisted/VBD that/IN its/PRP$ concerns/NNS about/IN the/DT impact/NN on/IN energy/NN prices/NNS be/VB written/VBN into/IN the/DT final/JJ text/NN ./.
Rebels/NNS seized/VBD the/DT airport/NN and/CC the/DT state/NN broadcaster/NN within/IN hours/NNS ,/, and/CC the/DT president/NN fled/VBD to/TO a/DT neighbouring/VBG country/NN ./.
The/DT ship/NN was/VBD seized/VBN in/IN the/DT Strait/NNP of/IN Hormuz/NNP by/IN special/JJ forces/NNS who/WP boarded/VBD it/PRP from/IN a/DT helicopter/NN ,/, and/CC its/PRP$ crew/NN of/IN 25/CD ,/, most/JJS of/IN them/PRP from/IN India/NNP and/CC the/DT Philippines/NNPS ,/, was/VBD held/VBN on/IN board/NN for/IN several/JJ months/NNS ./.
The/DT killing/NN of/IN the/DT activist/NN has/VBZ not/RB been/VBN solved/VBN ,/, and/CC the/DT family/NN says/VBZ the/DT police/NNS have/VBP never/RB questioned/VBN the/DT main/JJ suspect/NN ./.
Mobs/NNS have/VBP been/VBN killing/VBG suspected/VBN thieves/NNS in/IN several/JJ towns/NNS ,/, and/CC the/DT police/NNS have/VBP done/VBN little/JJ to/TO stop/VB them/PRP ./.
They/PRP accused/VBD the/DT police/NNS of/IN bombing/VBG their/PRP$ own/JJ headquarters/NN to/TO justify/VB a/DT crackdown/NN during/IN the/DT unrest/NN ,/, a/DT claim/NN the/DT interior/NN ministry/NN dismissed/VBD as/IN absurd/JJ and/CC dangerous/JJ ./.
